/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EventDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
