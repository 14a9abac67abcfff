package org.corridor.observatory.compositeindex;

/** Raised when a plan defines no index with the code asked for. */
public class UnknownIndexException extends RuntimeException {

	public UnknownIndexException(String code) {
		super("没有该综合指数:" + code + " / no such composite index: " + code);
	}

}
