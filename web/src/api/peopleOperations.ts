import { graphql } from '../gql';

// Documents of the people and organization pages (issue 11, item 2): an organization's
// page, the people directory, a person's page, membership and consent requests, and an
// organization's API tokens. Contact details (email, phones) come back only where the
// server allows them; the pages show what they get and never ask for more.

export const organizationPageQuery = graphql(`
  query OrganizationPage($id: ID!, $events: EventFilter!) {
    organization(id: $id) {
      id
      name
      kind
      country
      feedUrl
      memberCount
      parent {
        id
        name
      }
      viewerCan {
        viewMembers
        viewPersonalData
        managePeople
        manageMembers
        manageApiTokens
      }
      members {
        id
        role
        person {
          id
          name
          email
          phones {
            e164
            label
          }
        }
      }
    }
    events(first: 10, filter: $events) {
      nodes {
        id
        title
        status
        visibility
        timeZone
        startsAt
        endsAt
        allDay
      }
    }
  }
`);

export const directoryQuery = graphql(`
  query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter) {
    people(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        phones {
          e164
          label
        }
        memberships {
          id
          role
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** The organizations a directory filter offers: those whose members the viewer may see. */
export const directoryOrganizationsQuery = graphql(`
  query DirectoryOrganizations {
    organizations(first: 100) {
      nodes {
        id
        name
        viewerCan {
          viewMembers
        }
      }
    }
  }
`);

export const personPageQuery = graphql(`
  query PersonPage($id: ID!) {
    person(id: $id) {
      id
      name
      email
      preferredLanguage
      timeZone
      phones {
        e164
        label
      }
      viewerCan {
        edit
        editContact
      }
      memberships {
        id
        role
        createdAt
        organization {
          id
          name
          kind
        }
      }
    }
  }
`);

export const updatePersonDetailsMutation = graphql(`
  mutation UpdatePersonDetails($id: ID!, $input: UpdatePersonInput!) {
    updatePerson(id: $id, input: $input) {
      person {
        id
        name
        email
        preferredLanguage
        timeZone
        phones {
          e164
          label
        }
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const addMembershipMutation = graphql(`
  mutation AddMembership($organizationId: ID!, $personId: ID!, $role: Role!) {
    addMembership(organizationId: $organizationId, personId: $personId, role: $role) {
      membership {
        id
      }
      request {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const requestMembershipByEmailMutation = graphql(`
  mutation RequestMembershipByEmail($organizationId: ID!, $email: String!, $role: Role!) {
    requestMembershipByEmail(organizationId: $organizationId, email: $email, role: $role) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const removeMembershipMutation = graphql(`
  mutation RemoveMembership($id: ID!) {
    removeMembership(id: $id) {
      ok
    }
  }
`);

export const requestsQuery = graphql(`
  query Requests {
    myMembershipRequests {
      id
      role
      createdAt
      organization {
        id
        name
      }
    }
    membershipRequestsToDecide {
      id
      role
      createdAt
      organization {
        id
        name
      }
      person {
        id
        name
      }
    }
    myCoHostRequests {
      status
      organization {
        id
        name
      }
      event {
        id
        title
        startsAt
        timeZone
      }
    }
    mySpeakerRequests {
      sessionId
      sessionTitle
      startsAt
      endsAt
      role
      event {
        id
        title
        timeZone
      }
    }
  }
`);

export const acceptMembershipRequestMutation = graphql(`
  mutation AcceptMembershipRequest($id: ID!) {
    acceptMembershipRequest(id: $id) {
      membership {
        id
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const declineMembershipRequestMutation = graphql(`
  mutation DeclineMembershipRequest($id: ID!) {
    declineMembershipRequest(id: $id) {
      ok
    }
  }
`);

export const acceptCoHostingMutation = graphql(`
  mutation AcceptCoHosting($eventId: ID!, $organizationId: ID!) {
    acceptCoHosting(eventId: $eventId, organizationId: $organizationId) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const declineCoHostingMutation = graphql(`
  mutation DeclineCoHosting($eventId: ID!, $organizationId: ID!) {
    declineCoHosting(eventId: $eventId, organizationId: $organizationId) {
      errors {
        field
        code
        message
      }
    }
  }
`);

export const acceptSpeakingMutation = graphql(`
  mutation AcceptSpeaking($sessionId: ID!) {
    acceptSpeaking(sessionId: $sessionId) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const declineSpeakingMutation = graphql(`
  mutation DeclineSpeaking($sessionId: ID!) {
    declineSpeaking(sessionId: $sessionId) {
      ok
      errors {
        field
        code
        message
      }
    }
  }
`);

export const apiTokensQuery = graphql(`
  query ApiTokens($organizationId: ID!) {
    organization(id: $organizationId) {
      id
      name
    }
    apiTokens(organizationId: $organizationId) {
      id
      name
      role
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const createApiTokenMutation = graphql(`
  mutation CreateApiToken($organizationId: ID!, $name: String!, $role: Role!) {
    createApiToken(organizationId: $organizationId, name: $name, role: $role) {
      token
      apiToken {
        id
        name
        role
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const revokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);
