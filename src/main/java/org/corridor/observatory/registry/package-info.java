/**
 * The enterprise registry's validation core: the unified social credit code (GB
 * 32100-2015), the national industry classification (GB/T 4754-2017), a matching key that
 * treats Simplified and Traditional spellings of a firm's name as one, and the reader
 * that turns an enterprise file (CSV in UTF-8 or GBK, or XLSX) into rows, or refuses it
 * whole with every problem found.
 */
package org.corridor.observatory.registry;
