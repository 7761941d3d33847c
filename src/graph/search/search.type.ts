// What textSearch returns: a hit in what was said or written, with the sentence that matched and where it stands.
import { Field, Float, ObjectType } from 'type-graphql';
import type { ArticleSummary } from '../../model';
import { Article } from '../article/article.type';
import { Connection } from '../common/connection';
import { graphqlEnum } from '../common/enums';
import { Evidence } from '../common/evidence';
import { Statement } from '../statement/statement.type';
import type { StatementWithSubjects } from '../statement/statement.repository';
import { TEXT_KINDS } from './search.repository';

export const TextKind = graphqlEnum('TextKind', TEXT_KINDS, "Where textSearch looks: what a speaker said (STATEMENT), or an article's whole text (ARTICLE).");
export type TextKind = keyof typeof TextKind;

@ObjectType({ simpleResolvers: true, description: 'A place where the words searched for were said or written.' })
export class TextHit {
  @Field(() => Float, { description: "Lucene's relevance: higher is better; comparable within one search only." })
  score!: number;

  @Field(() => TextKind)
  kind!: TextKind;

  @Field(() => String, { description: 'The sentence that matched best, as HTML: its text escaped, each match in <mark>…</mark>.' })
  snippet!: string;

  @Field(() => Evidence, { description: 'That sentence, located: article.text.slice(start, end) == quote.' })
  evidence!: Evidence;

  @Field(() => Statement, { nullable: true, description: 'The statement, for a STATEMENT hit: its speaker, subjects, date.' })
  statement!: StatementWithSubjects | null;

  @Field(() => Article)
  article!: ArticleSummary;
}

export const TextHitConnection = Connection(TextHit, 'TextHit');
