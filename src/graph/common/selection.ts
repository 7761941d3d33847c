// Look-ahead: which fields a query selects below the field being resolved, so that a query fetches only what
// the answer shows (a traversal's properties, evidence lists) and a parent can start its children's loads.
import { getNamedType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

type Fragments = GraphQLResolveInfo['fragments'];

/**
 * Calls `onField` for each field of a selection set, through inline and named fragments, with the name of the
 * type it is asked on (a fragment's type condition, else `typeName`).
 */
function forEachField(selectionSet: SelectionSetNode | undefined, fragments: Fragments, onField: (field: FieldNode, typeName: string) => void, typeName = ''): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) onField(selection, typeName);
    else if (selection.kind === Kind.INLINE_FRAGMENT) forEachField(selection.selectionSet, fragments, onField, selection.typeCondition?.name.value ?? typeName);
    else {
      const fragment = fragments[selection.name.value];
      forEachField(fragment?.selectionSet, fragments, onField, fragment?.typeCondition.name.value ?? typeName);
    }
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

export interface ChildSelection {
  /** The type the field is asked on: the current field's type, or a fragment's type condition. */
  typeName: string;
  fieldName: string;
  /** Every field name selected anywhere below it. */
  below: Set<string>;
}

/** The fields selected directly on the current field's value. */
export function childSelections(info: GraphQLResolveInfo): ChildSelection[] {
  const children = new Map<string, ChildSelection>();
  for (const node of info.fieldNodes) {
    forEachField(node.selectionSet, info.fragments, (field, typeName) => {
      const key = `${typeName}.${field.name.value}`;
      const child = children.get(key) ?? { typeName, fieldName: field.name.value, below: new Set<string>() };
      namesBelow(field.selectionSet, info.fragments, child.below);
      children.set(key, child);
    }, getNamedType(info.returnType).name);
  }
  return [...children.values()];
}
