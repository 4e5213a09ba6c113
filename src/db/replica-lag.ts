// How far a streaming replica is behind the primary, measured in time without comparing clocks:
// the primary's WAL position is sampled at every health check, and a replica is lagging when it
// has not yet replayed the position the primary had `maxLagMs` ago.

/** A WAL position as PostgreSQL prints it (`16/B374D848`: high and low 32 bits, in hex), as a number of bytes. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  if (!match) throw new Error(`not a WAL position: "${text}"`);
  return (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`);
}

interface Sample {
  /** performance.now() when the primary was at `lsn`. */
  at: number;
  lsn: bigint;
}

/** The primary's recent WAL positions, enough of them to look `maxLagMs` back. */
export class WalHistory {
  private samples: Sample[] = [];
  /** A position every replica must have replayed, whatever the time (the schema the API started with). */
  private floor: bigint | undefined;

  constructor(private readonly maxLagMs: number) {}

  /** Replicas count as lagging until they have replayed `lsn`. */
  requireAtLeast(lsn: bigint): void {
    this.floor = lsn;
  }

  record(lsn: bigint, at: number): void {
    this.samples.push({ at, lsn });
    // Keep the newest sample at least maxLagMs old (the one a replica is measured against), and all later ones.
    const cutoff = at - this.maxLagMs;
    while (this.samples.length > 1 && this.samples[1].at <= cutoff) this.samples.shift();
  }

  /** The newest position the primary had at least maxLagMs before `now`: a replica short of it lags. */
  required(now: number): bigint | undefined {
    let found = this.floor;
    for (const sample of this.samples) {
      if (sample.at <= now - this.maxLagMs) found = found === undefined || sample.lsn > found ? sample.lsn : found;
      else break;
    }
    return found;
  }

  /** Bytes of WAL `replayed` is short of the primary's latest sample (0 when caught up). */
  behind(replayed: bigint): number | undefined {
    const latest = this.samples.at(-1);
    if (!latest) return undefined;
    return latest.lsn > replayed ? Number(latest.lsn - replayed) : 0;
  }
}
