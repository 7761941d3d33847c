// Look-ahead: which fields a query selects below the field being resolved, so that a query fetches only what
// the answer shows (a traversal's properties, evidence lists) and a parent can start its children's loads.
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/** Calls `onField` for each field of a selection set, through inline and named fragments. */
function forEachField(selectionSet: SelectionSetNode | undefined, fragments: Fragments, onField: (field: FieldNode) => void): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) onField(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) forEachField(selection.selectionSet, fragments, onField);
    else forEachField(fragments[selection.name.value]?.selectionSet, fragments, onField);
  }
}

function namesBelow(selectionSet: SelectionSetNode | undefined, fragments: Fragments, names = new Set<string>()): Set<string> {
  forEachField(selectionSet, fragments, (field) => {
    names.add(field.name.value);
    namesBelow(field.selectionSet, fragments, names);
  });
  return names;
}

// graphql-js hands the same fieldNodes array to a field for every item of a list, so a field asked of 500
// entities walks its selection once, not 500 times.
const namesByFieldNodes = new WeakMap<GraphQLResolveInfo['fieldNodes'], Set<string>>();

/** Every field name selected anywhere below the current field. */
export function selectedFieldNames(info: GraphQLResolveInfo): Set<string> {
  let names = namesByFieldNodes.get(info.fieldNodes);
  if (!names) {
    names = new Set<string>();
    for (const node of info.fieldNodes) namesBelow(node.selectionSet, info.fragments, names);
    namesByFieldNodes.set(info.fieldNodes, names);
  }
  return names;
}

/** Whether the answer below the current field shows evidence: the lists that carry it fetch it only then. */
export function asksForEvidence(info: GraphQLResolveInfo): boolean {
  return selectedFieldNames(info).has('evidence');
}

/** The fields selected directly on the current field's value, each with every field name selected below it. */
export function childSelections(info: GraphQLResolveInfo): Map<string, Set<string>> {
  const children = new Map<string, Set<string>>();
  for (const node of info.fieldNodes) {
    forEachField(node.selectionSet, info.fragments, (field) => {
      const names = children.get(field.name.value) ?? new Set<string>();
      children.set(field.name.value, namesBelow(field.selectionSet, info.fragments, names));
    });
  }
  return children;
}
