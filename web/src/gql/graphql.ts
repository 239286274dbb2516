/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type EventFilter = {
  kind?: EventKind | null | undefined;
  /** Events hosted or co-hosted by this organization. */
  organizationId?: string | number | null | undefined;
  /** Events starting at or after this time (with its zone). */
  startsAfter?: string | null | undefined;
  /** Events starting before this time (with its zone). */
  startsBefore?: string | null | undefined;
  tag?: string | null | undefined;
};

export type EventKind =
  | 'CONFERENCE'
  | 'FORUM'
  | 'MEETING'
  | 'ROUNDTABLE'
  | 'TRAINING'
  | 'WEBINAR'
  | 'WORKSHOP';

export type EventStatus =
  | 'CANCELLED'
  | 'DRAFT'
  | 'POSTPONED'
  | 'PUBLISHED';

export type OrganizationFilter = {
  country?: string | null | undefined;
  kind?: OrganizationKind | null | undefined;
  parentId?: string | number | null | undefined;
  search?: string | null | undefined;
};

export type OrganizationKind =
  | 'FUNDER'
  | 'MEMBER'
  | 'NETWORK_SECRETARIAT'
  | 'PARTNER';

export type SessionKind =
  | 'BREAK'
  | 'PANEL'
  | 'PLENARY'
  | 'ROUNDTABLE'
  | 'WORKSHOP';

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { id: string, email: string, displayName: string } | null };

export type SignInMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type SignInMutation = { signIn: { user: { id: string, email: string, displayName: string } | null, errors: Array<{ field: string | null, message: string, code: string }> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: { ok: boolean } };

export type OrganizationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: OrganizationFilter | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, name: string, slug: string, kind: OrganizationKind, country: string | null, memberCount: number, parent: { id: string, name: string } | null } }> } };

export type EventsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: EventFilter | null | undefined;
}>;


export type EventsQuery = { events: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, tags: Array<string>, hostOrganization: { id: string, name: string }, venue: { id: string, name: string, city: string | null } | null }> } };

export type EventQueryVariables = Exact<{
  id: string | number;
}>;


export type EventQuery = { event: { id: string, title: string, kind: EventKind, status: EventStatus, statusReason: string | null, timeZone: string, startsAt: string, endsAt: string, allDay: boolean, descriptionHtml: string, tags: Array<string>, languages: Array<string>, onlineUrl: string | null, hostOrganization: { id: string, name: string }, coHosts: Array<{ id: string, name: string }>, venue: { id: string, name: string, address: string | null, city: string | null, country: string | null, rooms: Array<{ id: string, name: string }> } | null, sessions: Array<{ id: string, kind: SessionKind, title: string, description: string, startsAt: string, endsAt: string, track: string | null, room: { id: string, name: string } | null, speakers: Array<{ id: string, name: string }>, moderators: Array<{ id: string, name: string }> }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    id
    email
    displayName
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    user {
      id
      email
      displayName
    }
    errors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut {
    ok
  }
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {
  organizations(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        slug
        kind
        country
        memberCount
        parent {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const EventsDocument = new TypedDocumentString(`
    query Events($first: Int!, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      kind
      status
      statusReason
      timeZone
      startsAt
      endsAt
      allDay
      tags
      hostOrganization {
        id
        name
      }
      venue {
        id
        name
        city
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventsQuery, EventsQueryVariables>;
export const EventDocument = new TypedDocumentString(`
    query Event($id: ID!) {
  event(id: $id) {
    id
    title
    kind
    status
    statusReason
    timeZone
    startsAt
    endsAt
    allDay
    descriptionHtml
    tags
    languages
    onlineUrl
    hostOrganization {
      id
      name
    }
    coHosts {
      id
      name
    }
    venue {
      id
      name
      address
      city
      country
      rooms {
        id
        name
      }
    }
    sessions {
      id
      kind
      title
      description
      startsAt
      endsAt
      track
      room {
        id
        name
      }
      speakers {
        id
        name
      }
      moderators {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<EventQuery, EventQueryVariables>;