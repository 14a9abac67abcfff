/**
 * Reading tabular files as Chinese offices produce them: CSV in UTF-8 or GBK (GB18030)
 * and XLSX, full-width digits, thousands separators. Rows keep the numbers a spreadsheet
 * shows, and every problem names its row, column and value in Chinese and English, so
 * that an import can be refused whole with the complete list.
 */
package org.corridor.observatory.tabular;
