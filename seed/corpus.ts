// Reads the seed folder (articles, metadata, entity register, facts files), validates all of it, finds every
// evidence quote in its article, and turns the facts into the rows the loader writes. Pure: no database.
// Every problem found is reported at once, each naming the file, the item and the field.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
  appendEvidence,
  EVENT_TYPES,
  MENTION_IMPLYING_TYPES,
  noEvidence,
  readEvidence,
  statementDate,
  storeEvidence,
  storedDate,
  type ArticleRow,
  type ClaimRow,
  type EntityKind,
  type EntityRecord,
  type EventStatus,
  type EventType,
  type Evidence,
  type RelationshipTypeName,
  type StatementRecord,
  type StoredEvidence,
} from '../src/model';
import { articleMetadataSchema, entityRegisterSchema, factsFileSchema, type FactsFile, type MentionForm, type Quote, type RegisteredEntity } from './schema';

/** A relationship between two nodes, with its own properties and its evidence, as the seed writes it. */
export interface RelationshipRecord {
  from: string;
  to: string;
  /** What makes this relationship distinct from another of the same type between the same two nodes. */
  key: string;
  properties: Record<string, unknown> & StoredEvidence;
}

export interface SeedGraph {
  articles: ArticleRow[];
  entities: EntityRecord[];
  relationships: Map<RelationshipTypeName, RelationshipRecord[]>;
  statements: StatementRecord[];
  claims: ClaimRow[];
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: string[]) {
    super(`The seed files have ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written:\n  ${problems.join('\n  ')}`);
  }
}

interface ParsedArticle {
  row: ArticleRow;
  facts: FactsFile;
  factsFile: string;
}

/** Reads and validates the seed folder; throws SeedValidationError listing every problem. */
export function readSeedGraph(seedDir: string): SeedGraph {
  const problems: string[] = [];
  const where = (file: string) => relative(process.cwd(), file) || file;
  const parseFile = <T>(file: string, schema: z.ZodType<T>, parse: (text: string) => unknown): T | undefined => {
    let raw: unknown;
    try {
      raw = parse(readFileSync(file, 'utf8'));
    } catch (error) {
      problems.push(`${where(file)}: cannot be read: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const result = schema.safeParse(raw);
    if (result.success) return result.data;
    for (const issue of result.error.issues) problems.push(`${where(file)}: ${formatPath(raw, issue.path)}: ${issue.message}`);
    return undefined;
  };

  const articlesDir = join(seedDir, 'articles');
  const metadata = parseFile(join(articlesDir, 'articles.json'), articleMetadataSchema, JSON.parse) ?? [];
  const register = parseFile(join(seedDir, 'entities.yaml'), entityRegisterSchema, parseYaml) ?? [];

  const factsDir = join(seedDir, 'facts');
  const parsed: ParsedArticle[] = [];
  const factsFiles = readdirSync(factsDir).filter((name) => name.endsWith('.yaml')).sort();
  for (const name of factsFiles) {
    const factsFile = join(factsDir, name);
    const facts = parseFile(factsFile, factsFileSchema, parseYaml);
    if (!facts) continue;
    const meta = metadata.find((entry) => entry.file === `${facts.article}.txt`);
    if (!meta) {
      problems.push(`${where(factsFile)}: article: "${facts.article}" has no entry in seed/articles/articles.json (expected "file": "${facts.article}.txt")`);
      continue;
    }
    if (basename(name, '.yaml') !== facts.article) problems.push(`${where(factsFile)}: article: "${facts.article}" does not match the file name; name the file ${facts.article}.yaml`);
    const text = readFileSync(join(articlesDir, meta.file), 'utf8');
    parsed.push({
      factsFile: where(factsFile),
      facts,
      row: { id: facts.article, file: meta.file, title: meta.title, publisher: meta.publisher, author: meta.author, published: meta.published, url: meta.url ?? null, reportedAt: facts.reportedAt, note: meta.note ?? null, text },
    });
  }
  for (const meta of metadata) {
    if (!parsed.some((article) => article.row.file === meta.file) && !factsFiles.includes(meta.file.replace(/\.txt$/, '.yaml'))) {
      problems.push(`seed/articles/articles.json: "${meta.file}" has no facts file; add seed/facts/${meta.file.replace(/\.txt$/, '.yaml')}`);
    }
  }
  if (problems.length > 0) throw new SeedValidationError(problems);

  // In the order they were written, so that where two reports differ the later one stands.
  parsed.sort((a, b) => Date.parse(a.row.reportedAt) - Date.parse(b.row.reportedAt) || a.row.id.localeCompare(b.row.id));
  const graph = buildGraph(register, parsed, problems);
  if (problems.length > 0) throw new SeedValidationError(problems);
  return graph;
}

/** A zod issue path as the file's reader would name it: events[2].participants[0].evidence (id: some-event). */
function formatPath(raw: unknown, path: PropertyKey[]): string {
  let text = '';
  let node: unknown = raw;
  let itemId: string | undefined;
  for (const key of path) {
    text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
    if (node && typeof node === 'object' && typeof (node as { id?: unknown }).id === 'string') itemId = (node as { id: string }).id;
  }
  return `${text || '(top level)'}${itemId ? ` (id: ${itemId})` : ''}`;
}

function buildGraph(register: RegisteredEntity[], articles: ParsedArticle[], problems: string[]): SeedGraph {
  const entities = new Map<string, EntityRecord>();
  const aliasForms = new Map<string, Set<string>>();
  const relationships = new Map<RelationshipTypeName, Map<string, RelationshipRecord>>();
  const statements: StatementRecord[] = [];
  const claims: ClaimRow[] = [];
  const eventReports = new Map<string, { article: ParsedArticle; status: EventStatus; date: string | null }[]>();
  const eventSource = new Map<string, { file: string; name: string; type: EventType; place?: string; partOf?: string }>();

  for (const entry of register) {
    if (entities.has(entry.id)) problems.push(`seed/entities.yaml: ${entry.id}: is registered twice`);
    entities.set(entry.id, {
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      description: entry.description,
      aliases: [],
      searchText: '',
      wikidataId: entry.wikidataId ?? null,
      ...noEvidence(),
    });
    aliasForms.set(entry.id, new Set(entry.aliases));
  }

  // Events first: they are entities that the rest of the facts refer to.
  for (const article of articles) {
    article.facts.events.forEach((event, index) => {
      const at = `${article.factsFile}: events[${index}] (id: ${event.id})`;
      const earlier = eventSource.get(event.id);
      if (earlier) {
        for (const field of ['name', 'type', 'place', 'partOf'] as const) {
          if (event[field] !== undefined && earlier[field] !== undefined && event[field] !== earlier[field]) {
            problems.push(`${at}.${field}: "${event[field]}" differs from "${earlier[field]}" in ${earlier.file}; an event reported by several articles has one ${field}`);
          }
        }
        earlier.place ??= event.place;
        earlier.partOf ??= event.partOf;
      } else if (entities.has(event.id)) {
        problems.push(`${at}.id: "${event.id}" is already a registered ${entities.get(event.id)?.kind.toLowerCase()} in seed/entities.yaml`);
        return;
      } else {
        eventSource.set(event.id, { file: article.factsFile, name: event.name, type: event.type, place: event.place, partOf: event.partOf });
        entities.set(event.id, {
          id: event.id,
          kind: 'EVENT',
          name: event.name,
          description: event.description ?? null,
          aliases: [],
          searchText: '',
          wikidataId: null,
          type: event.type,
          cameo: EVENT_TYPES[event.type],
          ...noEvidence(),
        });
        aliasForms.set(event.id, new Set());
      }
      const reports = eventReports.get(event.id) ?? [];
      reports.push({ article, status: event.status, date: event.date ?? null });
      eventReports.set(event.id, reports);
    });
  }

  const kindOf = (id: string) => entities.get(id)?.kind;
  for (const article of articles) {
    const { facts, row, factsFile } = article;
    const find = (at: string, evidence: Quote | Quote[]) => locateAll(row, evidence, `${factsFile}: ${at}`, problems);
    const ref = (at: string, id: string, allowed?: EntityKind[]) => {
      const kind = kindOf(id);
      if (!kind) problems.push(`${factsFile}: ${at}: "${id}" is neither in seed/entities.yaml nor an event of any facts file`);
      else if (allowed && !allowed.includes(kind)) problems.push(`${factsFile}: ${at}: "${id}" is a ${kind.toLowerCase()}; expected ${allowed.map((k) => k.toLowerCase()).join(' or ')}`);
      return kind !== undefined;
    };
    const relate = (type: RelationshipTypeName, from: string, to: string, key: string, evidence: Evidence[], properties: Record<string, unknown> = {}) =>
      addRelationship(relationships, type, { from, to, key, properties: { ...properties, ...storeEvidence(evidence) } });

    const mentioned = new Set<string>();
    for (const [id, forms] of Object.entries(facts.mentions)) {
      if (!ref(`mentions.${id}`, id)) continue;
      const evidence = forms.flatMap((form, index) => {
        const found = locateMention(row, form, `${factsFile}: mentions.${id}[${index}]`, problems);
        if (typeof form === 'string' || !('reference' in form)) for (const span of found) aliasForms.get(id)?.add(span.quote);
        return found;
      });
      relate('MENTIONS', row.id, id, '', evidence);
      mentioned.add(id);
    }

    facts.events.forEach((event, index) => {
      const at = `events[${index}] (id: ${event.id})`;
      const evidence = find(`${at}.evidence`, event.evidence);
      const node = entities.get(event.id);
      if (node) appendEvidence(node, evidence);
      relate('REPORTS', row.id, event.id, '', evidence, { status: event.status, ...storedDate(event.date) });
      if (event.place && ref(`${at}.place`, event.place, ['PLACE', 'COUNTRY'])) relate('TOOK_PLACE_IN', event.id, event.place, '', evidence);
      if (event.partOf && ref(`${at}.partOf`, event.partOf, ['EVENT'])) relate('PART_OF', event.id, event.partOf, '', evidence);
      event.participants.forEach((participant, p) => {
        const pat = `${at}.participants[${p}]`;
        if (ref(`${pat}.entity`, participant.entity)) {
          relate('PARTICIPATED_IN', participant.entity, event.id, participant.role, find(`${pat}.evidence`, participant.evidence), { role: participant.role, status: participant.status ?? null });
        }
      });
    });

    facts.roles.forEach((role, index) => {
      const at = `roles[${index}]`;
      const ok = ref(`${at}.person`, role.person, ['PERSON']) && ref(`${at}.of`, role.of);
      if (ok) relate('HOLDS_ROLE', role.person, role.of, role.title, find(`${at}.evidence`, role.evidence), { title: role.title, contradiction: role.contradiction ?? null });
    });

    facts.relations.forEach((relation, index) => {
      const at = `relations[${index}]`;
      if (ref(`${at}.from`, relation.from) && ref(`${at}.to`, relation.to)) relate(relation.type, relation.from, relation.to, '', find(`${at}.evidence`, relation.evidence));
    });

    facts.resolutions.forEach((resolution, index) => {
      const at = `resolutions[${index}] (id: ${resolution.id})`;
      if (!ref(`${at}.id`, resolution.id, ['RESOLUTION'])) return;
      const node = entities.get(resolution.id) as EntityRecord;
      resolution.sponsors.forEach((sponsor, s) => {
        if (ref(`${at}.sponsors[${s}].entity`, sponsor.entity)) relate('SPONSORED', sponsor.entity, resolution.id, '', find(`${at}.sponsors[${s}].evidence`, sponsor.evidence));
      });
      if (resolution.tally) {
        Object.assign(node, { inFavour: resolution.tally.inFavour, against: resolution.tally.against, abstentions: resolution.tally.abstentions });
        appendEvidence(node, find(`${at}.tally.evidence`, resolution.tally.evidence));
      }
      if (resolution.adopted) {
        node.adopted = resolution.adopted.value;
        appendEvidence(node, find(`${at}.adopted.evidence`, resolution.adopted.evidence));
      }
      if (resolution.votedAt && ref(`${at}.votedAt`, resolution.votedAt, ['EVENT'])) relate('VOTED_AT', resolution.id, resolution.votedAt, '', []);
    });

    facts.votes.forEach((vote, index) => {
      const at = `votes[${index}]`;
      if (ref(`${at}.voter`, vote.voter) && ref(`${at}.resolution`, vote.resolution, ['RESOLUTION'])) {
        relate('VOTED', vote.voter, vote.resolution, '', find(`${at}.evidence`, vote.evidence), { position: vote.position, veto: vote.veto });
      }
    });

    facts.stances.forEach((stance, index) => {
      const at = `stances[${index}]`;
      if (ref(`${at}.holder`, stance.holder) && ref(`${at}.target`, stance.target, ['EVENT', 'RESOLUTION'])) {
        relate(stance.position, stance.holder, stance.target, '', find(`${at}.evidence`, stance.evidence));
      }
    });

    facts.statements.forEach((statement, index) => {
      const at = `statements[${index}] (id: ${statement.id})`;
      const [span] = find(`${at}.text`, statement.text);
      const speakers = typeof statement.speaker === 'string' ? [statement.speaker] : statement.speaker;
      const about = statement.about.filter((id, a) => ref(`${at}.about[${a}]`, id));
      speakers.forEach((speaker, s) => {
        if (!ref(`${at}.speaker${speakers.length > 1 ? `[${s}]` : ''}`, speaker) || !span) return;
        const id = speakers.length > 1 ? `${statement.id}--${speaker}` : statement.id;
        statements.push({ id, speakerId: speaker, aboutIds: about, text: span.quote, direct: statement.direct, ...statementDate(statement.date), articleId: row.id, start: span.start, end: span.end });
        // The speaker → subject relation that path and neighborhood walk: one per pair, with every statement's evidence.
        for (const subject of about) if (subject !== speaker) relate('SPOKE_ABOUT', speaker, subject, '', [span], { statementIds: [id] });
      });
    });

    facts.claims.forEach((claim, index) => {
      const at = `claims[${index}] (id: ${claim.id})`;
      const [span] = find(`${at}.evidence`, claim.evidence);
      const subjectOk = ref(`${at}.subject`, claim.subject);
      const sourceOk = claim.source === undefined || ref(`${at}.source`, claim.source);
      if (span && subjectOk && sourceOk) {
        claims.push({
          id: claim.id, measure: claim.measure, value: claim.value, unit: claim.unit ?? null, qualifier: claim.qualifier ?? null, subjectId: claim.subject, sourceId: claim.source ?? null,
          contradiction: claim.contradiction ?? null, articleId: row.id, start: span.start, end: span.end, quote: span.quote,
        });
      }
    });

    // An entity that a fact names, or an event the article reports, is one the article speaks of, even in words
    // not listed as a mention. (An article end of a relationship is not an entity: only entities are mentioned.)
    for (const type of MENTION_IMPLYING_TYPES) {
      for (const relationship of relationships.get(type)?.values() ?? []) {
        for (const id of [relationship.from, relationship.to]) {
          if (!mentioned.has(id) && kindOf(id) !== undefined && relationship.properties.evArticle.includes(row.id)) {
            relate('MENTIONS', row.id, id, '', []);
            mentioned.add(id);
          }
        }
      }
    }
  }

  for (const [id, reports] of eventReports) {
    const event = entities.get(id) as EntityRecord;
    // Reports are in the order the articles were written: the later report's status and date stand.
    event.status = reports[reports.length - 1].status;
    Object.assign(event, storedDate(reports.findLast((report) => report.date !== null)?.date));
    event.sourceCount = new Set(reports.map((report) => report.article.row.id)).size;
    const dates = new Set(reports.flatMap((report) => (report.date === null ? [] : [report.date])));
    event.disputed = new Set(reports.map((report) => report.status)).size > 1 || dates.size > 1;
  }

  for (const entity of entities.values()) {
    entity.aliases = [...(aliasForms.get(entity.id) ?? [])].filter((alias) => alias !== entity.name).sort();
    entity.searchText = [entity.name, ...entity.aliases].join(' | ');
  }
  reportDuplicateIds('statement', statements, problems);
  reportDuplicateIds('claim', claims, problems);

  // The register is a catalogue: an entity enters the graph when an article speaks of it, so that removing the
  // last article that did leaves no node behind without a source.
  const spokenOf = new Set<string>();
  for (const rows of relationships.values()) for (const { from, to } of rows.values()) spokenOf.add(from).add(to);
  for (const statement of statements) [statement.speakerId, ...statement.aboutIds].forEach((id) => spokenOf.add(id));
  for (const claim of claims) [claim.subjectId, claim.sourceId].forEach((id) => id && spokenOf.add(id));

  return {
    articles: articles.map((article) => article.row),
    entities: [...entities.values()].filter((entity) => spokenOf.has(entity.id)),
    relationships: new Map([...relationships].map(([type, rows]) => [type, [...rows.values()]])),
    statements,
    claims,
  };
}

/** Each id used by more than one item, once, with how often. */
function reportDuplicateIds(what: string, items: { id: string }[], problems: string[]): void {
  const uses = new Map<string, number>();
  for (const { id } of items) uses.set(id, (uses.get(id) ?? 0) + 1);
  for (const [id, count] of uses) if (count > 1) problems.push(`${what} id "${id}" is used ${count} times; each ${what} needs an id of its own`);
}

/**
 * The same relationship stated twice (by both articles, or twice in one) is one relationship with all the
 * evidence. Articles come in the order they were written, so where their other properties differ (a
 * participation's status) the later article's stand.
 */
function addRelationship(all: Map<RelationshipTypeName, Map<string, RelationshipRecord>>, type: RelationshipTypeName, row: RelationshipRecord): void {
  const ofType = all.get(type) ?? new Map<string, RelationshipRecord>();
  all.set(type, ofType);
  const identity = JSON.stringify([row.from, row.to, row.key]);
  const existing = ofType.get(identity);
  if (!existing) {
    ofType.set(identity, row);
    return;
  }
  const evidence = readEvidence(existing.properties, `${type} ${row.from} → ${row.to}`);
  const statementIds = existing.properties.statementIds as string[] | undefined;
  Object.assign(existing.properties, row.properties);
  Object.assign(existing.properties, storeEvidence([...evidence, ...readEvidence(row.properties, `${type} ${row.from} → ${row.to}`)]));
  if (statementIds) existing.properties.statementIds = [...new Set([...statementIds, ...(row.properties.statementIds as string[])])];
}

function* occurrences(text: string, quote: string): Generator<number> {
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) yield at;
}

/** Finds each quote in the article; a quote that occurs several times must say which occurrence it means. */
function locateAll(article: ArticleRow, evidence: Quote | Quote[], at: string, problems: string[]): Evidence[] {
  const quotes = Array.isArray(evidence) ? evidence : [evidence];
  return quotes.flatMap((entry, index) => {
    const where = quotes.length > 1 ? `${at}[${index}]` : at;
    const quote = typeof entry === 'string' ? entry : entry.quote;
    const starts = [...occurrences(article.text, quote)];
    if (starts.length === 0) {
      problems.push(`${where}: the words "${quote}" do not occur in ${article.file}`);
      return [];
    }
    if (typeof entry === 'string' && starts.length > 1) {
      problems.push(`${where}: the words "${quote}" occur ${starts.length} times in ${article.file}; write { quote: …, occurrence: 1 to ${starts.length} } to say which`);
      return [];
    }
    const occurrence = typeof entry === 'string' ? 1 : entry.occurrence;
    if (occurrence > starts.length) {
      problems.push(`${where}.occurrence: ${occurrence}, but the words "${quote}" occur ${starts.length} time${starts.length === 1 ? '' : 's'} in ${article.file}`);
      return [];
    }
    const start = starts[occurrence - 1];
    return [{ articleId: article.id, start, end: start + quote.length, quote }];
  });
}

/** A mention is a form of the entity's name: its first occurrence is the evidence, however often it recurs. */
function locateMention(article: ArticleRow, form: MentionForm, at: string, problems: string[]): Evidence[] {
  if (typeof form === 'string') return locateAll(article, { quote: form, occurrence: 1 }, at, problems);
  if ('reference' in form) return locateAll(article, { quote: form.reference, occurrence: form.occurrence ?? 1 }, at, problems);
  return locateAll(article, form, at, problems);
}
