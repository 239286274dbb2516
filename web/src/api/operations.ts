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
      twoFactorRequired
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
        twoFactorRequired
      }
      twoFactorChallenge
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
          feedUrl
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
        visibility
        myRegistration {
          id
          status
        }
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
      isOnline
      capacity
      seatsTaken
      waitlistCount
      canEdit
      visibility
      icsUrl
      seriesFeedUrl
      myRegistration {
        id
        status
        waitlistPosition
        offerExpiresAt
      }
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

// ---------------------------------------------------------------------------
// Organizer tools: the event editor, the programme grid and the registration
// list. Each document is named for the page that uses it, so the calendar and
// event page keep their own selections.

export const organizerContextQuery = graphql(`
  query OrganizerContext {
    me {
      id
      isSuperuser
      person {
        id
        memberships {
          id
          role
          organization {
            id
          }
        }
      }
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

export const organizationChoicesQuery = graphql(`
  query OrganizationChoices($first: Int!, $filter: OrganizationFilter) {
    organizations(first: $first, filter: $filter) {
      nodes {
        id
        name
        kind
      }
    }
  }
`);

export const editorEventQuery = graphql(`
  query EditorEvent($id: ID!) {
    event(id: $id) {
      id
      title
      kind
      status
      statusReason
      description
      tags
      languages
      visibility
      timeZone
      offerMinutes
      startsAt
      endsAt
      localStart
      localEnd
      allDay
      capacity
      onlineUrl
      seriesId
      canEdit
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
        city
        rooms {
          id
          name
          capacity
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
        capacity
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
      programmeWarnings {
        code
        message
        field
        sessionId
      }
    }
  }
`);

export const venuesQuery = graphql(`
  query Venues($organizationId: ID!) {
    venues(organizationId: $organizationId) {
      id
      name
      address
      city
      country
      rooms {
        id
        name
        capacity
      }
    }
  }
`);

export const peopleSearchQuery = graphql(`
  query PeopleSearch($search: String!) {
    people(first: 10, filter: { search: $search }) {
      nodes {
        id
        name
      }
    }
  }
`);

export const createEventMutation = graphql(`
  mutation CreateEvent($input: CreateEventInput!) {
    createEvent(input: $input) {
      event {
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

export const updateEventMutation = graphql(`
  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $scope: EditScope!) {
    updateEvent(id: $id, input: $input, scope: $scope) {
      event {
        id
      }
      events {
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

export const publishEventMutation = graphql(`
  mutation PublishEvent($id: ID!) {
    publishEvent(id: $id) {
      event {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const postponeEventMutation = graphql(`
  mutation PostponeEvent($id: ID!, $reason: String!) {
    postponeEvent(id: $id, reason: $reason) {
      event {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const cancelEventMutation = graphql(`
  mutation CancelEvent($id: ID!, $reason: String!) {
    cancelEvent(id: $id, reason: $reason) {
      event {
        id
        status
        statusReason
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const createVenueMutation = graphql(`
  mutation CreateVenue($input: CreateVenueInput!) {
    createVenue(input: $input) {
      venue {
        id
        name
        address
        city
        country
        rooms {
          id
          name
          capacity
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

export const addRoomMutation = graphql(`
  mutation AddRoom($venueId: ID!, $name: String!, $capacity: Int) {
    addRoom(venueId: $venueId, name: $name, capacity: $capacity) {
      room {
        id
        name
        capacity
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const addSessionMutation = graphql(`
  mutation AddSession($eventId: ID!, $input: SessionInput!) {
    addSession(eventId: $eventId, input: $input) {
      session {
        id
      }
      warnings {
        code
        message
        field
        sessionId
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const updateSessionMutation = graphql(`
  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {
    updateSession(id: $id, input: $input) {
      session {
        id
      }
      warnings {
        code
        message
        field
        sessionId
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const removeSessionMutation = graphql(`
  mutation RemoveSession($id: ID!) {
    removeSession(id: $id) {
      ok
    }
  }
`);

export const eventRegistrationsQuery = graphql(`
  query EventRegistrations($id: ID!) {
    event(id: $id) {
      id
      title
      status
      visibility
      timeZone
      capacity
      seatsTaken
      waitlistCount
      canEdit
      registrations {
        id
        status
        waitlistPosition
        offerExpiresAt
        attendedAt
        createdAt
        person {
          id
          name
        }
      }
    }
  }
`);

export const registerPersonMutation = graphql(`
  mutation RegisterPerson($eventId: ID!, $personId: ID!) {
    register(eventId: $eventId, personId: $personId) {
      registration {
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

export const cancelRegistrationMutation = graphql(`
  mutation CancelRegistration($id: ID!) {
    cancelRegistration(id: $id) {
      registration {
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

export const checkInMutation = graphql(`
  mutation CheckIn($registrationId: ID!) {
    checkIn(registrationId: $registrationId) {
      registration {
        id
        attendedAt
      }
      errors {
        field
        code
        message
      }
    }
  }
`);

export const createInvitationMutation = graphql(`
  mutation CreateInvitation($eventId: ID!, $email: String) {
    createInvitation(eventId: $eventId, email: $email) {
      invitation {
        id
        email
        expiresAt
      }
      token
      errors {
        field
        code
        message
      }
    }
  }
`);

// ---------------------------------------------------------------------------
// The event page's own actions: registering, the waitlist and offers.

export const registerSelfMutation = graphql(`
  mutation RegisterSelf($eventId: ID!) {
    register(eventId: $eventId) {
      registration {
        id
        status
        waitlistPosition
        offerExpiresAt
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

export const acceptOfferMutation = graphql(`
  mutation AcceptOffer($id: ID!) {
    acceptOffer(registrationId: $id) {
      registration {
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

export const declineOfferMutation = graphql(`
  mutation DeclineOffer($id: ID!) {
    declineOffer(registrationId: $id) {
      registration {
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

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!) {
    acceptInvitation(token: $token) {
      registration {
        id
        eventId
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
