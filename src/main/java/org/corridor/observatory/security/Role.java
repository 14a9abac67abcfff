package org.corridor.observatory.security;

import java.util.Locale;

import org.corridor.observatory.plan.HasLabel;
import org.corridor.observatory.plan.LocalizedText;

/**
 * What an account may do. Each account has one role; reviewers and reporters are scoped
 * to zones (a district, or any zone of the plan). Anonymous visitors are the public: they
 * read published figures and public pages only.
 */
public enum Role implements HasLabel {

	/**
	 * 系统管理员: accounts, settings, bulk figures, and what an approver may do, except
	 * deciding a plan adjustment (规划调整): the administrator proposes it, the corridor
	 * approver decides it.
	 */
	ADMIN("系统管理员", "administrator"),

	/**
	 * 管委会审定: opens reporting rounds and approves (审定) figures, which publishes them;
	 * approves or rejects plan adjustments (规划调整), never one they proposed.
	 */
	APPROVER("管委会审定", "corridor approver"),

	/** 区县审核: approves or returns the figures of their zones. */
	REVIEWER("区县审核", "district reviewer"),

	/** 区县填报: fills in and submits the figures of their zones. */
	REPORTER("区县填报", "district reporter"),

	/** 登记库维护: firms, platforms, boundaries and the chain analysis's inputs. */
	REGISTRAR("登记库维护", "registry maintainer"),

	/** 分析: reads everything, unpublished figures marked as such. */
	ANALYST("分析", "analyst");

	private final LocalizedText label;

	Role(String zh, String en) {
		this.label = LocalizedText.of(zh, en);
	}

	@Override
	public LocalizedText label() {
		return this.label;
	}

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Whether accounts of this role see and change the figures of their zones only. */
	public boolean isScoped() {
		return this == REVIEWER || this == REPORTER;
	}

	/**
	 * The role a text names: its code in any case ({@code admin}, {@code APPROVER}), or
	 * its Chinese or English name.
	 * @throws IllegalArgumentException naming the roles there are
	 */
	public static Role parse(String text) {
		String wanted = (text == null) ? "" : text.strip();
		for (Role role : values()) {
			if (role.name().equalsIgnoreCase(wanted) || role.zh().equals(wanted)
					|| role.en().equalsIgnoreCase(wanted)) {
				return role;
			}
		}
		throw new IllegalArgumentException(
				"未知的角色“" + wanted + "”，可用：admin、approver、reviewer、reporter、registrar、analyst" + " / unknown role '"
						+ wanted + "'; the roles are admin, approver, reviewer, reporter, registrar, analyst");
	}

	/** The role's code as the command line and the API write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

}
