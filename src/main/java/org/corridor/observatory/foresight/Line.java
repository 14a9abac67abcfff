package org.corridor.observatory.foresight;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A straight line fitted by (weighted) least squares, with what its prediction interval
 * needs. Unweighted fits are Commons Math's {@link SimpleRegression}; weighted ones
 * minimise Σ w·e² in closed form (the same formulas with weighted means). Years are taken
 * from the latest one, so that sums stay small.
 * <p>
 * The standard error of a new figure at t, weighing w* (1 here), is s·√(1/w* + 1/Σw + (t
 * − t̄)²/Sxx) with s² = Σ w·e²/(n − 2), t̄ the weighted mean year and Sxx = Σ w·(t −
 * t̄)²; for equal weights this is the textbook interval of a new observation.
 */
final class Line {

	final double intercept;

	final double slope;

	/** Residual standard error s (weighted), n − 2 degrees of freedom. */
	final double s;

	final int n;

	final double sumW;

	final double meanT;

	final double sxx;

	/** Fitted values, one per point. */
	final double[] fitted;

	/** Residuals scaled to unit weight: e·√w. */
	final double[] scaledResiduals;

	private Line(double intercept, double slope, double s, int n, double sumW, double meanT, double sxx,
			double[] fitted, double[] scaledResiduals) {
		this.intercept = intercept;
		this.slope = slope;
		this.s = s;
		this.n = n;
		this.sumW = sumW;
		this.meanT = meanT;
		this.sxx = sxx;
		this.fitted = fitted;
		this.scaledResiduals = scaledResiduals;
	}

	/** Fits y on t with weights w (all ones: ordinary least squares); n ≥ 3. */
	static Line fit(double[] t, double[] y, double[] w) {
		int n = t.length;
		boolean equal = true;
		for (double weight : w) {
			equal &= weight == 1.0;
		}
		double a;
		double b;
		if (equal) {
			SimpleRegression regression = new SimpleRegression();
			for (int i = 0; i < n; i++) {
				regression.addData(t[i], y[i]);
			}
			a = regression.getIntercept();
			b = regression.getSlope();
		}
		else {
			double sw = 0;
			double st = 0;
			double sy = 0;
			for (int i = 0; i < n; i++) {
				sw += w[i];
				st += w[i] * t[i];
				sy += w[i] * y[i];
			}
			double mt = st / sw;
			double my = sy / sw;
			double sxy = 0;
			double sxx = 0;
			for (int i = 0; i < n; i++) {
				sxy += w[i] * (t[i] - mt) * (y[i] - my);
				sxx += w[i] * (t[i] - mt) * (t[i] - mt);
			}
			b = sxy / sxx;
			a = my - b * mt;
		}
		double sw = 0;
		double st = 0;
		for (int i = 0; i < n; i++) {
			sw += w[i];
			st += w[i] * t[i];
		}
		double mt = st / sw;
		double sxx = 0;
		double sse = 0;
		double[] fitted = new double[n];
		double[] scaled = new double[n];
		for (int i = 0; i < n; i++) {
			sxx += w[i] * (t[i] - mt) * (t[i] - mt);
			fitted[i] = a + b * t[i];
			double e = y[i] - fitted[i];
			sse += w[i] * e * e;
			scaled[i] = e * Math.sqrt(w[i]);
		}
		double s = Math.sqrt(sse / (n - 2));
		return new Line(a, b, s, n, sw, mt, sxx, fitted, scaled);
	}

	double at(double t) {
		return this.intercept + this.slope * t;
	}

	/** The standard error of a new figure at t (weight 1). */
	double predictionSe(double t) {
		return this.s * Math.sqrt(1.0 + 1.0 / this.sumW + (t - this.meanT) * (t - this.meanT) / this.sxx);
	}

}
