// Who a request is, as the service sees it: the API key's name and role (or the anonymous role) and its ceilings.
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: "A caller's ceilings: what its role (or its key's own quota) allows." })
export class ViewerLimits {
  @Field(() => Int, { description: 'Requests a minute.' })
  perMinute!: number;

  @Field(() => Int, { description: 'Requests left in this minute, this one counted.' })
  remaining!: number;

  @Field(() => Int, { description: 'Highest cost of one operation (from its list sizes).' })
  cost!: number;

  @Field(() => Int, { description: 'Deepest selection of one operation.' })
  depth!: number;

  @Field(() => Int, { description: 'Most aliases in one operation.' })
  aliases!: number;

  @Field(() => Boolean, { description: 'Whether only registered operations may run (sent by their sha256Hash).' })
  registeredOnly!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'The caller of this request: never cached, never shared with another caller.' })
export class Viewer {
  @Field(() => String, { description: "The API key's name, or the anonymous role's name for a request without a key." })
  name!: string;

  @Field(() => String, { description: 'The role whose ceilings apply (anonymous, dashboard, admin, or as configured).' })
  role!: string;

  @Field(() => ViewerLimits)
  limits!: ViewerLimits;
}
