import { graphql } from '../gql';

// Calendar feeds (issue 9): your private feeds, and creating and revoking them.
// The token-bearing address comes back only from the create mutations, once;
// the list shows a prefix to tell feeds apart, never the address.

export const myFeedSubscriptionsQuery = graphql(`
  query MyFeedSubscriptions {
    myFeedSubscriptions {
      ...FeedSubscriptionFields
    }
  }
`);

export const feedSubscriptionFields = graphql(`
  fragment FeedSubscriptionFields on FeedSubscription {
    id
    name
    kind
    prefix
    createdAt
    lastFetchedAt
    revokedAt
    filters {
      organizationIds
      kinds
      tags
      countries
      languages
    }
  }
`);

/** The organizations a feed may be narrowed to (the server caps a page at 200). */
export const feedOrganizationsQuery = graphql(`
  query FeedOrganizations {
    organizations(first: 200) {
      nodes {
        id
        name
      }
    }
  }
`);

export const createFeedSubscriptionMutation = graphql(`
  mutation CreateFeedSubscription($name: String!, $filters: FeedFiltersInput) {
    createFeedSubscription(name: $name, filters: $filters) {
      subscription {
        ...FeedSubscriptionFields
      }
      url
      webcalUrl
      errors {
        field
        message
        code
      }
    }
  }
`);

export const createAgendaFeedMutation = graphql(`
  mutation CreateAgendaFeed($name: String) {
    createAgendaFeed(name: $name) {
      subscription {
        ...FeedSubscriptionFields
      }
      url
      webcalUrl
      errors {
        field
        message
        code
      }
    }
  }
`);

export const revokeFeedSubscriptionMutation = graphql(`
  mutation RevokeFeedSubscription($id: ID!) {
    revokeFeedSubscription(id: $id) {
      subscription {
        ...FeedSubscriptionFields
      }
      errors {
        field
        message
        code
      }
    }
  }
`);
