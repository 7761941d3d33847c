// Counts and groups of any list (common/list.ts, common/groups.ts), for the aggregate fields of every list.
import type { Executor } from '../../neo4j/executor';
import { readGroups, type GroupKey, type GroupRequest, type GroupRow } from './groups';
import { countRows, type ListSpec } from './list';
import type { Composable } from './where';

export class AggregateRepository {
  constructor(private readonly executor: Executor) {}

  count<W extends Composable<W>>(spec: ListSpec<W, unknown>, where: W | null | undefined): Promise<number> {
    return countRows(this.executor, spec, where);
  }

  groups<W extends Composable<W>, F extends string>(spec: ListSpec<W, unknown>, keys: Record<F, GroupKey>, where: W | null | undefined, request: GroupRequest<F>, measured?: string, withEntities = false): Promise<GroupRow[]> {
    return readGroups(this.executor, spec, keys, where, request, measured, withEntities);
  }
}
