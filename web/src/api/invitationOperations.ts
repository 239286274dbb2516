import { graphql } from '../gql';

/** Event invitations (issue 11): the public link page and the organizers' list. */

export const eventInvitationQuery = graphql(`
  query EventInvitationPreview($token: String!) {
    eventInvitation(token: $token) {
      eventId
      title
      status
      timeZone
      startsAt
      endsAt
      allDay
      hostName
      venue {
        name
        address
        city
      }
      online
      expiresAt
      inviteeName
      accountEmail
      canOpenAccount
    }
  }
`);

export const openAccountWithInvitationMutation = graphql(`
  mutation OpenAccountWithInvitation($token: String!, $name: String!, $password: String!) {
    openAccountWithInvitation(token: $token, name: $name, password: $password) {
      user {
        id
        email
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

export const eventInvitationsQuery = graphql(`
  query EventInvitations($id: ID!) {
    event(id: $id) {
      id
      title
      canEdit
      startsAt
      endsAt
      allDay
      timeZone
      invitations {
        id
        status
        inviteeName
        channel
        sentTo
        sentAt
        expiresAt
        usedAt
        revokedAt
      }
    }
  }
`);

export const sendEventInvitationMutation = graphql(`
  mutation SendEventInvitation($eventId: ID!, $personId: ID, $email: String, $guestName: String, $channel: Channel) {
    sendEventInvitation(eventId: $eventId, personId: $personId, email: $email, guestName: $guestName, channel: $channel) {
      invitation {
        id
        inviteeName
        sentTo
      }
      alreadyPending
      errors {
        field
        message
        code
      }
    }
  }
`);

export const revokeEventInvitationMutation = graphql(`
  mutation RevokeEventInvitation($id: ID!) {
    revokeEventInvitation(id: $id) {
      invitation {
        id
        status
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

export const resendEventInvitationMutation = graphql(`
  mutation ResendEventInvitation($id: ID!) {
    resendEventInvitation(id: $id) {
      invitation {
        id
        status
        sentTo
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

/** People to invite or register, with what tells two of the same name apart. */
export const peopleToPickQuery = graphql(`
  query PeopleToPick($search: String!) {
    people(first: 10, filter: { search: $search }) {
      nodes {
        id
        name
        email
        emailHint
        memberships {
          id
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
