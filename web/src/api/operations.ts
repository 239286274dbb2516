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
