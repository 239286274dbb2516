import { graphql } from '../gql';

// Documents of the administration pages: an organization's people and their
// accounts, the list of accounts, and the development outboxes. Like
// operations.ts, every document is validated against ../schema/schema.graphql.

// The account side of a person is null unless the caller may invite the person;
// it never holds a token or a full address (`sentTo` is already partly hidden).
export const organizationPeopleQuery = graphql(`
  query OrganizationPeople($organizationId: ID!, $first: Int!, $after: String, $search: String) {
    organization(id: $organizationId) {
      id
      name
      country
    }
    people(first: $first, after: $after, filter: { organizationId: $organizationId, search: $search }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        email
        preferredLanguage
        timeZone
        phones {
          e164
          label
        }
        memberships {
          id
          role
          organization {
            id
          }
        }
        account {
          account {
            id
            email
            active
            createdAt
            lastSignInAt
            twoFactorEnabled
          }
          invitations {
            id
            channel
            sentTo
            invitedByName
            createdAt
            expiresAt
            acceptedAt
            revokedAt
            status
          }
        }
      }
    }
  }
`);

/** One person's account status again, after an action on it. */
export const personAccountQuery = graphql(`
  query PersonAccount($id: ID!) {
    person(id: $id) {
      id
      account {
        account {
          id
          email
          active
          createdAt
          lastSignInAt
          twoFactorEnabled
        }
        invitations {
          id
          channel
          sentTo
          invitedByName
          createdAt
          expiresAt
          acceptedAt
          revokedAt
          status
        }
      }
    }
  }
`);

export const createPersonMutation = graphql(`
  mutation CreatePerson($input: CreatePersonInput!) {
    createPerson(input: $input) {
      person {
        id
        name
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const inviteToAccountMutation = graphql(`
  mutation InviteToAccount($personId: ID!, $channel: Channel) {
    inviteToAccount(personId: $personId, channel: $channel) {
      invitation {
        id
        channel
        sentTo
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const revokeAccountInvitationMutation = graphql(`
  mutation RevokeAccountInvitation($id: ID!) {
    revokeAccountInvitation(id: $id) {
      invitation {
        id
        status
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const deactivateAccountMutation = graphql(`
  mutation DeactivateAccount($userId: ID!) {
    deactivateAccount(userId: $userId) {
      account {
        id
        email
        active
        createdAt
        lastSignInAt
        twoFactorEnabled
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const reactivateAccountMutation = graphql(`
  mutation ReactivateAccount($userId: ID!) {
    reactivateAccount(userId: $userId) {
      account {
        id
        email
        active
        createdAt
        lastSignInAt
        twoFactorEnabled
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const accountsQuery = graphql(`
  query Accounts($first: Int!, $after: String, $search: String) {
    accounts(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        account {
          id
          email
          active
          createdAt
          lastSignInAt
          twoFactorEnabled
        }
        person {
          id
          name
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
  }
`);

/** What the main navigation needs to decide which admin links to show. */
export const adminNavQuery = graphql(`
  query AdminNav {
    me {
      id
      isSuperuser
      roles {
        role
        organization {
          id
          name
          kind
        }
      }
    }
    devMailbox(first: 1) {
      id
    }
    devSmsOutbox(first: 1) {
      id
    }
  }
`);

export const devMailboxQuery = graphql(`
  query DevMailbox($first: Int!) {
    devMailbox(first: $first) {
      id
      to
      subject
      text
      html
      createdAt
    }
  }
`);

export const devSmsOutboxQuery = graphql(`
  query DevSmsOutbox($first: Int!) {
    devSmsOutbox(first: $first) {
      id
      to
      body
      status
      createdAt
    }
  }
`);
