/**
 * The rulebook: every rule version with its validity interval, and the lookup of the one version in
 * force for an action kind on a date.
 */
import type { IsoDate } from '../lib/dates.js';
import { inInterval } from '../lib/dates.js';
import type { ActionKind } from './kinds.js';
import type { ParameterSet } from './parameters/parameters.js';
import type { RuleVersion } from './rule.js';

export class Rulebook {
  readonly versions: readonly RuleVersion[];
  readonly params: ParameterSet;
  private readonly byKind = new Map<ActionKind, RuleVersion[]>();

  constructor(versions: readonly RuleVersion[], params: ParameterSet) {
    this.versions = versions;
    this.params = params;
    const ids = new Set<string>();
    for (const v of versions) {
      if (ids.has(v.id)) throw new Error(`duplicate rule version id ${v.id}`);
      ids.add(v.id);
      if (!v.cites.length) throw new Error(`rule version ${v.id} cites nothing`);
      for (const k of v.kinds) {
        const list = this.byKind.get(k) ?? [];
        list.push(v);
        this.byKind.set(k, list);
      }
    }
    for (const list of this.byKind.values()) list.sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  }

  /** Every version of `kind` whose interval contains `date` (exactly one, in a well-formed rulebook). */
  versionsAt(kind: ActionKind, date: IsoDate): RuleVersion[] {
    return (this.byKind.get(kind) ?? []).filter((v) => inInterval(date, v.validFrom, v.validTo));
  }

  versionAt(kind: ActionKind, date: IsoDate): RuleVersion | undefined {
    const found = this.versionsAt(kind, date);
    if (found.length > 1)
      throw new Error(
        `${found.length} versions of ${kind} apply on ${date}: ${found.map((v) => v.id).join(', ')}`,
      );
    return found[0];
  }

  kinds(): ActionKind[] {
    return [...this.byKind.keys()];
  }

  /** The versions in force on a date, one per kind. */
  inForce(date: IsoDate): RuleVersion[] {
    const seen = new Set<RuleVersion>();
    for (const k of this.byKind.keys()) for (const v of this.versionsAt(k, date)) seen.add(v);
    return [...seen];
  }
}
