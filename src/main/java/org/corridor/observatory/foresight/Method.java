package org.corridor.observatory.foresight;

/**
 * How a forecast extends a series (预测方法). Each fits a straight line by least squares, on
 * the figures or on their logarithms, and reads the prediction interval from Student's t
 * distribution with n − 2 degrees of freedom.
 */
public enum Method {

	/** 线性趋势: y = a + b·t, ordinary least squares, every year trusted alike. */
	LINEAR("线性趋势", "linear trend"),

	/**
	 * 复合增长: ln y = a + b·t, a constant yearly growth rate e^b − 1; only for series whose
	 * every figure is above zero.
	 */
	COMPOUND("复合增长(对数线性)", "compound growth (log-linear)"),

	/**
	 * 近期加权趋势: y = a + b·t by weighted least squares, a year's weight halving every
	 * {@link #HALF_LIFE} years back from the latest figure, w = 2^(−(t_last − t)/2): the
	 * latest year weighs 1, two years earlier ½, four years earlier ¼. It trusts recent
	 * years more, as the UN regional commissions' Anticipated Progress Index does by
	 * extrapolating from the recent pace; a forecast year weighs as the latest.
	 */
	WEIGHTED("近期加权趋势", "time-weighted trend");

	/** The half-life of a year's weight in {@link #WEIGHTED}, in years. */
	public static final double HALF_LIFE = 2.0;

	private final String zh;

	private final String en;

	Method(String zh, String en) {
		this.zh = zh;
		this.en = en;
	}

	public String zh() {
		return this.zh;
	}

	public String en() {
		return this.en;
	}

	/** The weight of a figure {@code yearsBack} years before the latest one. */
	double weight(int yearsBack) {
		return (this == WEIGHTED) ? Math.pow(2.0, -yearsBack / HALF_LIFE) : 1.0;
	}

}
