/**
 * The timeline's state: which week the views replay (null = the whole run), whether it plays, and
 * how fast. At 1× the replay advances two weeks a second, so the default half-year plays in
 * about 13 seconds: long enough to follow a queue building up, short enough for a meeting.
 */
export const SPEEDS = [0.5, 1, 2, 4] as const;
export type Speed = (typeof SPEEDS)[number];

const WEEKS_PER_SECOND = 2;

export class Playback {
	#week = $state<number | null>(null);
	#weeks = $state(0);
	#playing = $state(false);
	#speed = $state<Speed>(1);
	#timer: ReturnType<typeof setInterval> | null = null;

	/** The replayed week, 0-based; null shows the whole run. */
	get week(): number | null {
		return this.#week;
	}
	get weeks(): number {
		return this.#weeks;
	}
	get playing(): boolean {
		return this.#playing;
	}
	get speed(): Speed {
		return this.#speed;
	}

	/** A new result: keeps the week when it still exists. */
	setWeeks(weeks: number): void {
		this.#weeks = weeks;
		if (this.#week !== null && this.#week >= weeks) this.#week = weeks > 0 ? weeks - 1 : null;
		if (weeks === 0) this.pause();
	}

	seek(week: number | null): void {
		this.#week = week === null ? null : Math.max(0, Math.min(this.#weeks - 1, Math.round(week)));
	}

	step(by: number): void {
		if (this.#weeks === 0) return;
		this.pause();
		const from = this.#week ?? (by > 0 ? -1 : this.#weeks);
		this.seek(from + by);
	}

	play(): void {
		if (this.#weeks === 0 || this.#playing) return;
		// Playing from the end, or from the whole-run view, starts again at week 1.
		if (this.#week === null || this.#week >= this.#weeks - 1) this.#week = 0;
		this.#playing = true;
		this.#restartTimer();
	}

	pause(): void {
		this.#playing = false;
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = null;
	}

	toggle(): void {
		if (this.#playing) this.pause();
		else this.play();
	}

	setSpeed(speed: Speed): void {
		this.#speed = speed;
		if (this.#playing) this.#restartTimer();
	}

	/** Back to the whole-run view. */
	reset(): void {
		this.pause();
		this.#week = null;
	}

	destroy(): void {
		this.pause();
	}

	#restartTimer(): void {
		if (this.#timer !== null) clearInterval(this.#timer);
		this.#timer = setInterval(
			() => {
				const next = (this.#week ?? -1) + 1;
				if (next >= this.#weeks) {
					this.pause();
					return;
				}
				this.#week = next;
			},
			1000 / (WEEKS_PER_SECOND * this.#speed)
		);
	}
}
