// Look-ahead: which fields a query selects below the field being resolved, so that a traversal returning
// hundreds of nodes and relations fetches only the properties the answer shows.
import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** Every field name selected anywhere below the current field, through inline and named fragments. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  return collectFieldNames(info, true);
}

/** The field names selected directly on the current field's value, through inline and named fragments. */
export function childFieldNames(info: GraphQLResolveInfo): Set<string> {
  return collectFieldNames(info, false);
}

function collectFieldNames(info: GraphQLResolveInfo, deep: boolean): Set<string> {
  const names = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined): void => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        names.add(selection.name.value);
        if (deep) visit(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else {
        visit(info.fragments[selection.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  return names;
}
