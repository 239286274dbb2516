import { graphql } from '../gql';

// The home page (issue 11): the next events the viewer may see. Anonymous visitors get public,
// published events only (the API decides); a signed-in viewer also sees her registration.

export const homeEventsQuery = graphql(`
  query HomeEvents($first: Int!, $filter: EventFilter) {
    events(first: $first, filter: $filter) {
      nodes {
        id
        title
        kind
        status
        statusReason
        visibility
        timeZone
        startsAt
        endsAt
        allDay
        hostOrganization {
          id
          name
        }
        venue {
          id
          name
          city
        }
        myRegistration {
          id
          status
        }
      }
    }
  }
`);

export const homeOrganizationsQuery = graphql(`
  query HomeOrganizations {
    me {
      id
      roles {
        role
        organization {
          id
          name
        }
      }
    }
  }
`);
