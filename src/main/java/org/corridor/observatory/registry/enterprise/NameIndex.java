package org.corridor.observatory.registry.enterprise;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.PrimitiveIterator;

import org.corridor.observatory.registry.ChineseNames;
import org.corridor.observatory.registry.Uscc;

/**
 * One plan's registry as a search by part of a name needs it: every firm's credit code
 * and name key ({@link ChineseNames#key}), and an inverted index from each character and
 * each pair of adjacent characters of the name keys (unigrams and bigrams) to the firms
 * whose name holds it. It answers exactly what {@code name_key like '%text%' or uscc like
 * 'text%'} answers: the postings only propose firms, each is then checked against its
 * name, so the result never depends on how the grams were chosen.
 * <p>
 * Why this and not a database index: {@code like '%…%'} can use no B-tree; PostgreSQL's
 * {@code pg_trgm} extracts no trigram from a two-character pattern, the most common
 * Chinese query (科技, 智能), so such a search scans the whole GIN index or the table; H2's
 * full-text index splits text into words at spaces and punctuation, which Chinese names
 * do not have. Bigrams serve any query of two characters or more, unigrams the
 * one-character ones, the same way on both engines.
 * <p>
 * Firms are numbered (their ordinal) in credit-code order; a firm's rank is its place in
 * name order, as the database sorted {@code name_key, uscc} when the index was built, so
 * both orders and their keyset cursors agree with the SQL path. A posting list holds
 * ordinals ascending, delta-coded as variable-length bytes (one byte for a gram in one
 * name of 128 or more). A query takes the gram of its text that the fewest firms hold:
 * when that list (with the firms whose code starts with the text) is short, the matches
 * are gathered and put in the order asked; when it is long, matches are dense, and
 * walking the firms in the order asked, checking each name, finds a page after few names.
 * <p>
 * Immutable once built, so any number of requests read it at once; a change of the
 * registry builds a new one ({@link NameIndexes}).
 */
final class NameIndex {

	/**
	 * The most candidates gathered and sorted; above it the firms are walked in order.
	 */
	static final int GATHER_LIMIT = 65_536;

	private static final int CODE_LENGTH = 18;

	private static final long UNIGRAM = 1L << 32;

	private final int size;

	private final int gatherLimit;

	/** The credit codes, 18 ASCII bytes each, ascending. */
	private final byte[] codes;

	/**
	 * The name keys one after the other; firm {@code o}'s is {@code nameStart[o]..[o+1]}.
	 */
	private final char[] names;

	private final int[] nameStart;

	/** The firm at each place of the name order. */
	private final int[] byName;

	/** Each firm's place in the name order. */
	private final int[] rankOf;

	private final BitSet demo;

	/** The grams, ascending: a bigram as its two chars, a unigram with bit 32 set. */
	private final long[] grams;

	private final int[] postingStart;

	private final int[] postingCount;

	private final byte[] postings;

	private NameIndex(Builder builder, int[] byName, int[] rankOf) {
		this.size = builder.size;
		this.gatherLimit = builder.gatherLimit;
		this.codes = Arrays.copyOf(builder.codes, builder.size * CODE_LENGTH);
		this.names = Arrays.copyOf(builder.names, builder.nameLength);
		this.nameStart = Arrays.copyOf(builder.nameStart, builder.size + 1);
		this.demo = builder.demo;
		this.byName = byName;
		this.rankOf = rankOf;
		Map<Long, Posting> lists = gramsOf();
		this.grams = lists.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
		this.postingStart = new int[this.grams.length + 1];
		this.postingCount = new int[this.grams.length];
		int bytes = 0;
		for (Posting posting : lists.values()) {
			bytes += posting.length;
		}
		this.postings = new byte[bytes];
		int at = 0;
		for (int g = 0; g < this.grams.length; g++) {
			Posting posting = lists.get(this.grams[g]);
			System.arraycopy(posting.bytes, 0, this.postings, at, posting.length);
			this.postingStart[g] = at;
			this.postingCount[g] = posting.count;
			at += posting.length;
		}
		this.postingStart[this.grams.length] = at;
	}

	private Map<Long, Posting> gramsOf() {
		Map<Long, Posting> lists = new HashMap<>();
		Posting[] unigrams = new Posting[Character.MAX_VALUE + 1];
		for (int o = 0; o < this.size; o++) {
			int end = this.nameStart[o + 1];
			for (int i = this.nameStart[o]; i < end; i++) {
				char c = this.names[i];
				if (unigrams[c] == null) {
					unigrams[c] = new Posting();
					lists.put(UNIGRAM | c, unigrams[c]);
				}
				unigrams[c].add(o);
				if (i + 1 < end) {
					lists.computeIfAbsent(bigram(c, this.names[i + 1]), (key) -> new Posting()).add(o);
				}
			}
		}
		return lists;
	}

	/** How many firms the index holds. */
	int size() {
		return this.size;
	}

	/** The bytes the index's arrays take (headers and the object itself left out). */
	long bytes() {
		return (long) this.codes.length + 2L * this.names.length + 4L * this.nameStart.length + 4L * this.byName.length
				+ 4L * this.rankOf.length + this.demo.size() / 8 + 8L * this.grams.length
				+ 4L * this.postingStart.length + 4L * this.postingCount.length + this.postings.length;
	}

	String code(int ordinal) {
		return new String(this.codes, ordinal * CODE_LENGTH, CODE_LENGTH, StandardCharsets.ISO_8859_1);
	}

	String nameKey(int ordinal) {
		return new String(this.names, this.nameStart[ordinal], this.nameStart[ordinal + 1] - this.nameStart[ordinal]);
	}

	boolean demo(int ordinal) {
		return this.demo.get(ordinal);
	}

	/**
	 * The place in the order after which a page starts that follows the firm with the
	 * cursor's keys; empty when that firm is no longer where the cursor saw it (renamed
	 * or gone), which only the database can place.
	 */
	OptionalInt after(EnterpriseOrder order, String[] keys) {
		if (order == EnterpriseOrder.CODE) {
			int found = find(keys[0]);
			return OptionalInt.of((found >= 0) ? found : -found - 2);
		}
		int found = find(keys[1]);
		if (found < 0 || !nameKey(found).equals(keys[0])) {
			return OptionalInt.empty();
		}
		return OptionalInt.of(this.rankOf[found]);
	}

	/** The place of the firm in the order (its ordinal or its rank). */
	int place(EnterpriseOrder order, int ordinal) {
		return (order == EnterpriseOrder.CODE) ? ordinal : this.rankOf[ordinal];
	}

	/**
	 * The firms whose name key contains the text's key or whose credit code starts with
	 * the text, in the order, from the place after {@code after} (-1 for the first).
	 */
	PrimitiveIterator.OfInt matches(String text, EnterpriseOrder order, int after) {
		String key = ChineseNames.key(text);
		String prefix = Uscc.normalise(text);
		int from = lowerBound(prefix, false);
		int to = lowerBound(prefix, true);
		if (key.isEmpty() || (from == 0 && to == this.size)) {
			return walk(order, after, (o) -> true);
		}
		char[] wanted = key.toCharArray();
		int gram = rarestGram(wanted);
		int candidates = ((gram >= 0) ? this.postingCount[gram] : 0) + (to - from);
		if (candidates > this.gatherLimit) {
			return walk(order, after, (o) -> (o >= from && o < to) || contains(o, wanted));
		}
		int[] places = new int[candidates];
		int n = 0;
		if (gram >= 0) {
			PostingReader reader = new PostingReader(gram);
			while (reader.hasNext()) {
				int o = reader.next();
				if ((o < from || o >= to) && contains(o, wanted)) {
					places[n++] = place(order, o);
				}
			}
		}
		for (int o = from; o < to; o++) {
			places[n++] = place(order, o);
		}
		Arrays.sort(places, 0, n);
		int start = Arrays.binarySearch(places, 0, n, after + 1);
		return new Gathered(order, places, (start >= 0) ? start : -start - 1, n);
	}

	private PrimitiveIterator.OfInt walk(EnterpriseOrder order, int after, Match match) {
		return new PrimitiveIterator.OfInt() {

			private int place = after;

			private int found = advance();

			private int advance() {
				while (++this.place < NameIndex.this.size) {
					int o = ordinalAt(order, this.place);
					if (match.test(o)) {
						return o;
					}
				}
				return -1;
			}

			@Override
			public boolean hasNext() {
				return this.found >= 0;
			}

			@Override
			public int nextInt() {
				if (this.found < 0) {
					throw new NoSuchElementException();
				}
				int o = this.found;
				this.found = advance();
				return o;
			}

		};
	}

	private int ordinalAt(EnterpriseOrder order, int place) {
		return (order == EnterpriseOrder.CODE) ? place : this.byName[place];
	}

	/**
	 * The gram of the text held by the fewest firms, or -1 when some gram is held by
	 * none.
	 */
	private int rarestGram(char[] wanted) {
		if (wanted.length == 1) {
			return Arrays.binarySearch(this.grams, UNIGRAM | wanted[0]);
		}
		int rarest = -1;
		for (int i = 0; i + 1 < wanted.length; i++) {
			int g = Arrays.binarySearch(this.grams, bigram(wanted[i], wanted[i + 1]));
			if (g < 0) {
				return -1;
			}
			if (rarest < 0 || this.postingCount[g] < this.postingCount[rarest]) {
				rarest = g;
			}
		}
		return rarest;
	}

	private boolean contains(int ordinal, char[] wanted) {
		int start = this.nameStart[ordinal];
		int last = this.nameStart[ordinal + 1] - wanted.length;
		char first = wanted[0];
		for (int i = start; i <= last; i++) {
			if (this.names[i] != first) {
				continue;
			}
			int j = 1;
			while (j < wanted.length && this.names[i + j] == wanted[j]) {
				j++;
			}
			if (j == wanted.length) {
				return true;
			}
		}
		return false;
	}

	/** The ordinal of the credit code, or {@code -(insertion point) - 1}. */
	private int find(String code) {
		return find(this.codes, this.size, code);
	}

	private static int find(byte[] codes, int size, String code) {
		int low = 0;
		int high = size - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int c = compare(codes, middle, code, false);
			if (c < 0) {
				low = middle + 1;
			}
			else if (c > 0) {
				high = middle - 1;
			}
			else {
				return middle;
			}
		}
		return -(low + 1);
	}

	/**
	 * The first firm whose code is not before the prefix ({@code past} false) or comes
	 * after every code that starts with it ({@code past} true).
	 */
	private int lowerBound(String prefix, boolean past) {
		int low = 0;
		int high = this.size;
		while (low < high) {
			int middle = (low + high) >>> 1;
			int c = compare(this.codes, middle, prefix, true);
			if (c < 0 || (past && c == 0)) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/** The firm's code compared with the text, or with its start when {@code prefix}. */
	private static int compare(byte[] codes, int ordinal, String text, boolean prefix) {
		int base = ordinal * CODE_LENGTH;
		int n = Math.min(CODE_LENGTH, text.length());
		for (int i = 0; i < n; i++) {
			int c = (codes[base + i] & 0xFF) - text.charAt(i);
			if (c != 0) {
				return c;
			}
		}
		if (text.length() > CODE_LENGTH) {
			return -1;
		}
		return prefix ? 0 : CODE_LENGTH - text.length();
	}

	private static long bigram(char first, char second) {
		return ((long) first << 16) | second;
	}

	private interface Match {

		boolean test(int ordinal);

	}

	/** Matches gathered as places in the order, sorted. */
	private final class Gathered implements PrimitiveIterator.OfInt {

		private final EnterpriseOrder order;

		private final int[] places;

		private final int end;

		private int next;

		Gathered(EnterpriseOrder order, int[] places, int start, int end) {
			this.order = order;
			this.places = places;
			this.next = start;
			this.end = end;
		}

		@Override
		public boolean hasNext() {
			return this.next < this.end;
		}

		@Override
		public int nextInt() {
			if (this.next >= this.end) {
				throw new NoSuchElementException();
			}
			return ordinalAt(this.order, this.places[this.next++]);
		}

	}

	/** Reads one posting list. */
	private final class PostingReader {

		private int at;

		private final int end;

		private int value = -1;

		PostingReader(int gram) {
			this.at = NameIndex.this.postingStart[gram];
			this.end = NameIndex.this.postingStart[gram + 1];
		}

		boolean hasNext() {
			return this.at < this.end;
		}

		int next() {
			int delta = 0;
			int shift = 0;
			byte b;
			do {
				b = NameIndex.this.postings[this.at++];
				delta |= (b & 0x7F) << shift;
				shift += 7;
			}
			while (b < 0);
			this.value += delta;
			return this.value;
		}

	}

	/** One gram's list while the index is built: ordinals ascending, each once. */
	private static final class Posting {

		private byte[] bytes = new byte[4];

		private int length;

		private int count;

		private int last = -1;

		void add(int ordinal) {
			if (ordinal == this.last) {
				return;
			}
			int delta = ordinal - this.last;
			this.last = ordinal;
			this.count++;
			if (this.length + 5 > this.bytes.length) {
				this.bytes = Arrays.copyOf(this.bytes, this.bytes.length * 2);
			}
			while (delta >= 0x80) {
				this.bytes[this.length++] = (byte) (delta | 0x80);
				delta >>>= 7;
			}
			this.bytes[this.length++] = (byte) delta;
		}

	}

	/**
	 * Collects the firms: first each in credit-code order ({@link #add}), then each
	 * credit code again in the database's name order ({@link #ranked}).
	 */
	static final class Builder {

		private int size;

		private byte[] codes = new byte[CODE_LENGTH * 1024];

		private char[] names = new char[16 * 1024];

		private int nameLength;

		private int[] nameStart = new int[1025];

		private final BitSet demo = new BitSet();

		private String lastCode;

		private int[] byName;

		private int ranked;

		private int gatherLimit = GATHER_LIMIT;

		/** Sets how many candidates are gathered at most (tests of the walk). */
		Builder gatherLimit(int limit) {
			this.gatherLimit = limit;
			return this;
		}

		/**
		 * @throws IllegalStateException when the codes do not come in ascending order or
		 * one is not 18 ASCII characters
		 */
		void add(String code, String nameKey, boolean isDemo) {
			if (code.length() != CODE_LENGTH || !StandardCharsets.US_ASCII.newEncoder().canEncode(code)
					|| (this.lastCode != null && this.lastCode.compareTo(code) >= 0)) {
				throw new IllegalStateException("credit codes not 18 ASCII characters in ascending order at " + code);
			}
			this.lastCode = code;
			if ((this.size + 1) * CODE_LENGTH > this.codes.length) {
				this.codes = Arrays.copyOf(this.codes, this.codes.length * 2);
				this.nameStart = Arrays.copyOf(this.nameStart, this.nameStart.length * 2);
			}
			for (int i = 0; i < CODE_LENGTH; i++) {
				this.codes[this.size * CODE_LENGTH + i] = (byte) code.charAt(i);
			}
			while (this.nameLength + nameKey.length() > this.names.length) {
				this.names = Arrays.copyOf(this.names, this.names.length * 2);
			}
			nameKey.getChars(0, nameKey.length(), this.names, this.nameLength);
			this.nameLength += nameKey.length();
			this.demo.set(this.size, isDemo);
			this.size++;
			this.nameStart[this.size] = this.nameLength;
		}

		/**
		 * The next credit code in name order, once every firm has been added.
		 * @throws IllegalStateException when the code is not one of the firms added
		 */
		void ranked(String code) {
			if (this.byName == null) {
				this.byName = new int[this.size];
			}
			int o = find(this.codes, this.size, code);
			if (o < 0 || this.ranked >= this.size) {
				throw new IllegalStateException("name order lists a firm not read in code order: " + code);
			}
			this.byName[this.ranked++] = o;
		}

		/**
		 * @throws IllegalStateException when the name order does not list each firm once
		 * (the registry changed between the two reads)
		 */
		NameIndex build() {
			int[] byName = (this.byName != null) ? this.byName : new int[0];
			if (this.ranked != this.size) {
				throw new IllegalStateException("name order lists " + this.ranked + " firms, not " + this.size);
			}
			int[] rankOf = new int[this.size];
			Arrays.fill(rankOf, -1);
			for (int rank = 0; rank < this.size; rank++) {
				if (rankOf[byName[rank]] >= 0) {
					throw new IllegalStateException("name order lists a firm twice: " + byName[rank]);
				}
				rankOf[byName[rank]] = rank;
			}
			return new NameIndex(this, byName, rankOf);
		}

	}

}
