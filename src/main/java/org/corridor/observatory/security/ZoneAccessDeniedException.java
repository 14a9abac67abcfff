package org.corridor.observatory.security;

/** An actor asked to see or change the figures of a zone outside its scope (HTTP 403). */
public class ZoneAccessDeniedException extends RuntimeException {

	public ZoneAccessDeniedException(Actor actor, String zone) {
		super("账号 " + actor.username() + " 无权处理空间单元 " + zone + " 的数据 / account " + actor.username()
				+ " may not work on the figures of zone " + zone);
	}

}
