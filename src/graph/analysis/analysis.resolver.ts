// Query.negotiation (parties, mediators, hosts, proposals, the position matrix) and Query.alignment.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { readEvidence, type ArticleSummary } from '../../model';
import type { RequestContext } from '../../context';
import { BadUserInputError, ListTooLongError, NotFoundError } from '../../errors';
import type { Evidence } from '../common/evidence';
import { asksForEvidence } from '../common/selection';
import { participants, type ParticipantRow } from '../event/event.repository';
import { Participant } from '../event/event.type';
import { MAX_POSITION_FACTS, type PositionFactKind, type PositionFactRow, type ProposalRow } from './analysis.repository';
import { MAX_LIST_ITEMS } from '../common/arguments';
import { Alignment, type AlignmentItem, type CellPosition, Negotiation, PositionCell, Proposal } from './analysis.type';

/** Most targets `alignment(on:)` may name. */
const MAX_ALIGNMENT_TARGETS = 100;

const CELL_POSITIONS: Record<PositionFactKind, CellPosition> = {
  SUPPORTS: 'SUPPORTS',
  FOR: 'SUPPORTS',
  OPPOSES: 'OPPOSES',
  AGAINST: 'OPPOSES',
  VETOED: 'OPPOSES',
  ABSTAIN: 'STATED',
  STATED: 'STATED',
};

const factOwner = (fact: PositionFactRow) => `${fact.kind} ${fact.holderId} → ${fact.targetId}`;

/** A role's kind: "host: top US officials" is a host. */
const roleKind = (role: string) => role.split(':')[0].trim().toLowerCase();

/** The facts a read returned, or an error when there were more than an answer may hold. */
function bounded(facts: PositionFactRow[], of: string, instead: string): PositionFactRow[] {
  if (facts.length > MAX_POSITION_FACTS) throw new ListTooLongError('position facts', of, MAX_POSITION_FACTS, instead);
  return facts;
}

@Resolver(() => Negotiation)
export class NegotiationResolver {
  @Query(() => Negotiation, { nullable: true, description: 'Talks seen as an analyst reads them: who the parties, mediators and hosts are, what the talks aim at, and who supports or opposes what. Null for an unknown id; an error for an entity that is not talks.' })
  async negotiation(@Ctx() { loaders }: RequestContext, @Arg('id', () => ID) id: string): Promise<Negotiation | null> {
    const event = await loaders.findEntity(id);
    if (!event) return null;
    if (event.type === 'NEGOTIATION') return { id, event };
    const roles = event.kind === 'EVENT' ? new Set((await loaders.list(participants).load(id)).map((participant) => roleKind(participant.role))) : new Set();
    if (!(roles.has('party') && roles.has('mediator'))) {
      throw new BadUserInputError(`Argument "id": "${id}" is ${event.kind === 'EVENT' ? `an event of type ${event.type} with no parties and mediators` : `a ${event.kind.toLowerCase()}`}, not a negotiation.`, 'id');
    }
    return { id, event };
  }

  @FieldResolver(() => [Participant], { description: 'Those negotiating for a side (role party).' })
  parties(@Root() talks: Negotiation, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ParticipantRow[]> {
    return inRole(talks, 'party', context, info);
  }

  @FieldResolver(() => [Participant], { description: 'Those mediating between the parties (role mediator).' })
  mediators(@Root() talks: Negotiation, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ParticipantRow[]> {
    return inRole(talks, 'mediator', context, info);
  }

  @FieldResolver(() => [Participant], { description: 'Those hosting the talks (role host).' })
  hosts(@Root() talks: Negotiation, @Ctx() context: RequestContext, @Info() info: GraphQLResolveInfo): Promise<ParticipantRow[]> {
    return inRole(talks, 'host', context, info);
  }

  @FieldResolver(() => [Proposal], { description: 'What the talks aim at (AIMS_AT) and the PROPOSED events linked to them.' })
  async proposals(@Root() talks: Negotiation, @Ctx() { repositories, loaders }: RequestContext): Promise<Proposal[]> {
    const rows = await proposalsOf(talks, repositories);
    loaders.primeReferences(rows);
    return Promise.all(rows.map(async (row) => ({ entity: await loaders.entity(row.entityId), relation: row.relation, evidence: readEvidence(row, `${row.relation} ${talks.id} — ${row.entityId}`) })));
  }

  @FieldResolver(() => [PositionCell], { description: 'Holder × target, for the talks and each proposal: every stance, vote and statement toward them, one cell per holder, target and position, ordered by holder and target.' })
  async positions(@Root() talks: Negotiation, @Ctx() { repositories, loaders }: RequestContext): Promise<PositionCell[]> {
    const { facts, articles } = await repositories.analysis.positionsOfTalks(talks.id);
    bounded(facts, talks.id, 'ask stances(where: { target: … }) and statements(where: { about: … }) page by page');
    loaders.primeReferences(facts);
    loaders.primeArticles(articles);
    const cells = groupedBy(facts, (fact) => [fact.holderId, fact.targetId, CELL_POSITIONS[fact.kind]].join('\u0000'));
    return Promise.all(
      [...cells.values()].map(async (group) => {
        const quotes = group.flatMap((fact) => readEvidence(fact, factOwner(fact)));
        return { holder: await loaders.entity(group[0].holderId), target: await loaders.entity(group[0].targetId), position: CELL_POSITIONS[group[0].kind], quotes, sources: await sourcesOf(quotes, loaders) };
      }),
    );
  }
}

@Resolver()
export class AlignmentResolver {
  @Query(() => Alignment, { description: `Where two entities agree and disagree: every target both have a position on (stances, votes, statements), or only those \`on\` names (at most ${MAX_ALIGNMENT_TARGETS}), with both sides' words.` })
  async alignment(
    @Ctx() { repositories, loaders }: RequestContext,
    @Arg('a', () => ID) a: string,
    @Arg('b', () => ID) b: string,
    @Arg('on', () => [ID], { nullable: true }) on: string[] | null | undefined,
  ): Promise<Alignment> {
    if (a === b) throw new BadUserInputError(`Arguments "a" and "b" must name two entities; both are "${a}".`, 'b');
    if (on && (on.length === 0 || on.length > MAX_ALIGNMENT_TARGETS)) throw new BadUserInputError(`Argument "on" must list from 1 to ${MAX_ALIGNMENT_TARGETS} targets; got ${on.length}.`, 'on');
    for (const id of [a, b]) if (!(await loaders.findEntity(id))) throw new NotFoundError('entity', id);
    const facts = bounded(await repositories.analysis.factsOfHolders([a, b], on ?? null), `${a}, ${b}`, 'narrow it with `on`');
    loaders.primeReferences(facts);
    const sides = [a, b].map((holder) => groupedBy(facts.filter((fact) => fact.holderId === holder), (fact) => fact.targetId));
    const result: Alignment = { agreements: [], disagreements: [], undetermined: [], ratio: null };
    for (const [targetId, factsA] of sides[0]) {
      const factsB = sides[1].get(targetId);
      if (!factsB) continue;
      const [sideA, sideB] = [factsA, factsB].map(sideOf);
      const item: AlignmentItem = { target: await loaders.entity(targetId), a: sideA.label, b: sideB.label, evidenceA: sideA.evidence, evidenceB: sideB.evidence };
      const list = sideA.polarity === 0 || sideB.polarity === 0 ? result.undetermined : sideA.polarity === sideB.polarity ? result.agreements : result.disagreements;
      list.push(item);
    }
    const decided = result.agreements.length + result.disagreements.length;
    return { ...result, ratio: decided === 0 ? null : result.agreements.length / decided };
  }
}

/** The facts by key, each group in the order the facts came. */
function groupedBy(facts: PositionFactRow[], key: (fact: PositionFactRow) => string): Map<string, PositionFactRow[]> {
  const groups = new Map<string, PositionFactRow[]>();
  for (const fact of facts) {
    const group = groups.get(key(fact));
    if (group) group.push(fact);
    else groups.set(key(fact), [fact]);
  }
  return groups;
}

/** One side's position toward a target: a vote outranks stances, stances outrank words. */
function sideOf(facts: PositionFactRow[]): { label: string; polarity: -1 | 0 | 1; evidence: Evidence[] } {
  const kinds = new Set(facts.map((fact) => fact.kind));
  const vote = (['VETOED', 'AGAINST', 'FOR', 'ABSTAIN'] as const).find((kind) => kinds.has(kind));
  const stances = [kinds.has('SUPPORTS') ? 'FOR' : null, kinds.has('OPPOSES') ? 'AGAINST' : null].filter((label) => label !== null);
  const label = vote ?? (stances.length === 2 ? 'MIXED' : (stances[0] ?? 'STATED'));
  const polarity = label === 'FOR' ? 1 : label === 'AGAINST' || label === 'VETOED' ? -1 : 0;
  return { label, polarity, evidence: facts.flatMap((fact) => readEvidence(fact, factOwner(fact))) };
}

async function sourcesOf(quotes: Evidence[], loaders: RequestContext['loaders']): Promise<ArticleSummary[]> {
  return Promise.all([...new Set(quotes.map((quote) => quote.articleId))].sort().map((id) => loaders.article(id)));
}

// `proposals` and `positions` both need them: one read per negotiation answered, whichever asks first.
const proposalReads = new WeakMap<Negotiation, Promise<ProposalRow[]>>();

function proposalsOf(talks: Negotiation, repositories: RequestContext['repositories']): Promise<ProposalRow[]> {
  let read = proposalReads.get(talks);
  if (!read) {
    read = repositories.analysis.proposals(talks.id).then((rows) => {
      if (rows.length > MAX_LIST_ITEMS) throw new ListTooLongError('proposals', talks.id, MAX_LIST_ITEMS, 'ask its relations(types: [AIMS_AT]) instead');
      return rows;
    });
    proposalReads.set(talks, read);
  }
  return read;
}

async function inRole({ id }: Negotiation, role: string, { loaders }: RequestContext, info: GraphQLResolveInfo): Promise<ParticipantRow[]> {
  return (await loaders.list(participants, asksForEvidence(info)).load(id)).filter((participant) => roleKind(participant.role) === role);
}

