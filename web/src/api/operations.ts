import { graphql } from '../gql';

// Every document here is validated against ../schema/schema.graphql by
// graphql-codegen (`npm run codegen`), which also generates the result and
// variable types used below. Keep selections to fields the pages actually show.

export const viewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
    }
  }
`);

export const signInMutation = graphql(`
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
`);

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      ok
    }
  }
`);

export const organizationsQuery = graphql(`
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
`);

// Events: the calendar reads a range page by page; the event page reads one event
// with its programme. Both answer anonymous viewers with public, published events.

export const eventsQuery = graphql(`
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
`);

export const eventQuery = graphql(`
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
`);
