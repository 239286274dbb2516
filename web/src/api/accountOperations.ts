import { graphql } from '../gql';

// Documents for getting in and managing one's own account (issue 8): the second sign-in
// step, SMS codes, password reset, account invitations, settings, sessions and two-factor.
// Validated against ../schema/schema.graphql by `npm run codegen`, like operations.ts.

export const completeSignInMutation = graphql(`
  mutation CompleteSignIn($challenge: String!, $code: String!) {
    completeSignIn(challenge: $challenge, code: $code) {
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

export const requestSignInCodeMutation = graphql(`
  mutation RequestSignInCode($phone: String!) {
    requestSignInCode(phone: $phone) {
      ok
      errors {
        field
        message
        code
      }
    }
  }
`);

export const signInWithCodeMutation = graphql(`
  mutation SignInWithCode($phone: String!, $code: String!) {
    signInWithCode(phone: $phone, code: $code) {
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

export const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String, $phone: String) {
    requestPasswordReset(email: $email, phone: $phone) {
      ok
    }
  }
`);

export const resetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      ok
      errors {
        field
        message
        code
      }
    }
  }
`);

export const accountInvitationQuery = graphql(`
  query AccountInvitationPreview($token: String!) {
    accountInvitation(token: $token) {
      personName
      channel
      email
      expiresAt
    }
  }
`);

export const acceptAccountInvitationMutation = graphql(`
  mutation AcceptAccountInvitation($token: String!, $password: String!) {
    acceptAccountInvitation(token: $token, password: $password) {
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

export const accountSettingsQuery = graphql(`
  query AccountSettings {
    me {
      id
      email
      displayName
      preferredLanguage
      timeZone
      notifyBy
      twoFactorEnabled
      twoFactorRequired
      recoveryCodesLeft
      sessions {
        id
        current
        method
        userAgent
        createdAt
        lastSeenAt
        expiresAt
      }
    }
  }
`);

export const updateAccountSettingsMutation = graphql(`
  mutation UpdateAccountSettings($input: AccountSettingsInput!) {
    updateAccountSettings(input: $input) {
      user {
        id
        displayName
        preferredLanguage
        timeZone
        notifyBy
      }
      errors {
        field
        message
        code
      }
    }
  }
`);

export const changePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      ok
      errors {
        field
        message
        code
      }
    }
  }
`);

export const endSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    endSession(id: $id) {
      ended
      errors {
        field
        message
        code
      }
    }
  }
`);

export const endOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions {
      ended
      errors {
        field
        message
        code
      }
    }
  }
`);

export const twoFactorStatusQuery = graphql(`
  query TwoFactorStatus {
    me {
      id
      twoFactorEnabled
      twoFactorRequired
      recoveryCodesLeft
    }
  }
`);

export const startTwoFactorSetupMutation = graphql(`
  mutation StartTwoFactorSetup {
    startTwoFactorSetup {
      secret
      otpauthUri
      qrSvgDataUri
      errors {
        field
        message
        code
      }
    }
  }
`);

export const confirmTwoFactorMutation = graphql(`
  mutation ConfirmTwoFactor($code: String!) {
    confirmTwoFactor(code: $code) {
      recoveryCodes
      errors {
        field
        message
        code
      }
    }
  }
`);

export const regenerateRecoveryCodesMutation = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code) {
      recoveryCodes
      errors {
        field
        message
        code
      }
    }
  }
`);

export const disableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($password: String!, $code: String!) {
    disableTwoFactor(password: $password, code: $code) {
      ok
      errors {
        field
        message
        code
      }
    }
  }
`);
