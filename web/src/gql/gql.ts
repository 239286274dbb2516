/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CompleteSignInDocument,
    "\n  mutation RequestSignInCode($phone: String!) {\n    requestSignInCode(phone: $phone) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($phone: String!, $code: String!) {\n    signInWithCode(phone: $phone, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation RequestPasswordReset($email: String, $phone: String) {\n    requestPasswordReset(email: $email, phone: $phone) {\n      ok\n    }\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AccountInvitationPreview($token: String!) {\n    accountInvitation(token: $token) {\n      personName\n      channel\n      email\n      expiresAt\n    }\n  }\n": typeof types.AccountInvitationPreviewDocument,
    "\n  mutation AcceptAccountInvitation($token: String!, $password: String!) {\n    acceptAccountInvitation(token: $token, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptAccountInvitationDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      displayName\n      preferredLanguage\n      timeZone\n      notifyBy\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      sessions {\n        id\n        current\n        method\n        userAgent\n        createdAt\n        lastSeenAt\n        expiresAt\n      }\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  mutation UpdateAccountSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      user {\n        id\n        displayName\n        preferredLanguage\n        timeZone\n        notifyBy\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateAccountSettingsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.EndOtherSessionsDocument,
    "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n    }\n  }\n": typeof types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvgDataUri\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ConfirmTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoFactor($password: String!, $code: String!) {\n    disableTwoFactor(password: $password, code: $code) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DisableTwoFactorDocument,
    "\n  query OrganizationPeople($organizationId: ID!, $first: Int!, $after: String, $search: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      country\n    }\n    people(first: $first, after: $after, filter: { organizationId: $organizationId, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n        account {\n          account {\n            id\n            email\n            active\n            createdAt\n            lastSignInAt\n            twoFactorEnabled\n          }\n          invitations {\n            id\n            channel\n            sentTo\n            invitedByName\n            createdAt\n            expiresAt\n            acceptedAt\n            revokedAt\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationPeopleDocument,
    "\n  query PersonAccount($id: ID!) {\n    person(id: $id) {\n      id\n      account {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        invitations {\n          id\n          channel\n          sentTo\n          invitedByName\n          createdAt\n          expiresAt\n          acceptedAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n": typeof types.PersonAccountDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation InviteToAccount($personId: ID!, $channel: Channel) {\n    inviteToAccount(personId: $personId, channel: $channel) {\n      invitation {\n        id\n        channel\n        sentTo\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.InviteToAccountDocument,
    "\n  mutation RevokeAccountInvitation($id: ID!) {\n    revokeAccountInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RevokeAccountInvitationDocument,
    "\n  mutation DeactivateAccount($userId: ID!) {\n    deactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($userId: ID!) {\n    reactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReactivateAccountDocument,
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        person {\n          id\n          name\n          memberships {\n            id\n            role\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query AdminNav {\n    me {\n      id\n      isSuperuser\n      roles {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    devMailbox(first: 1) {\n      id\n    }\n    devSmsOutbox(first: 1) {\n      id\n    }\n  }\n": typeof types.AdminNavDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      html\n      createdAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query DevSmsOutbox($first: Int!) {\n    devSmsOutbox(first: $first) {\n      id\n      to\n      body\n      status\n      createdAt\n    }\n  }\n": typeof types.DevSmsOutboxDocument,
    "\n  query MyFeedSubscriptions {\n    myFeedSubscriptions {\n      ...FeedSubscriptionFields\n    }\n  }\n": typeof types.MyFeedSubscriptionsDocument,
    "\n  fragment FeedSubscriptionFields on FeedSubscription {\n    id\n    name\n    kind\n    prefix\n    createdAt\n    lastFetchedAt\n    revokedAt\n    filters {\n      organizationIds\n      kinds\n      tags\n      countries\n      languages\n    }\n  }\n": typeof types.FeedSubscriptionFieldsFragmentDoc,
    "\n  query FeedOrganizations {\n    organizations(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FeedOrganizationsDocument,
    "\n  mutation CreateFeedSubscription($name: String!, $filters: FeedFiltersInput) {\n    createFeedSubscription(name: $name, filters: $filters) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateFeedSubscriptionDocument,
    "\n  mutation CreateAgendaFeed($name: String) {\n    createAgendaFeed(name: $name) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateAgendaFeedDocument,
    "\n  mutation RevokeFeedSubscription($id: ID!) {\n    revokeFeedSubscription(id: $id) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokeFeedSubscriptionDocument,
    "\n  query HomeEvents($first: Int!, $filter: EventFilter) {\n    events(first: $first, filter: $filter) {\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n        myRegistration {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.HomeEventsDocument,
    "\n  query HomeOrganizations {\n    me {\n      id\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.HomeOrganizationsDocument,
    "\n  query EventInvitationPreview($token: String!) {\n    eventInvitation(token: $token) {\n      eventId\n      title\n      status\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      hostName\n      venue {\n        name\n        address\n        city\n      }\n      online\n      expiresAt\n      inviteeName\n      accountEmail\n      canOpenAccount\n    }\n  }\n": typeof types.EventInvitationPreviewDocument,
    "\n  mutation OpenAccountWithInvitation($token: String!, $name: String!, $password: String!) {\n    openAccountWithInvitation(token: $token, name: $name, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.OpenAccountWithInvitationDocument,
    "\n  query EventInvitations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      canEdit\n      startsAt\n      endsAt\n      allDay\n      timeZone\n      invitations {\n        id\n        status\n        inviteeName\n        channel\n        sentTo\n        sentAt\n        expiresAt\n        usedAt\n        revokedAt\n      }\n    }\n  }\n": typeof types.EventInvitationsDocument,
    "\n  mutation SendEventInvitation($eventId: ID!, $personId: ID, $email: String, $guestName: String, $channel: Channel) {\n    sendEventInvitation(eventId: $eventId, personId: $personId, email: $email, guestName: $guestName, channel: $channel) {\n      invitation {\n        id\n        inviteeName\n        sentTo\n      }\n      alreadyPending\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SendEventInvitationDocument,
    "\n  mutation RevokeEventInvitation($id: ID!) {\n    revokeEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RevokeEventInvitationDocument,
    "\n  mutation ResendEventInvitation($id: ID!) {\n    resendEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n        sentTo\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ResendEventInvitationDocument,
    "\n  query PeopleToPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        email\n        emailHint\n        memberships {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleToPickDocument,
    "\n  fragment MissionFields on Mission {\n    id\n    organizationId\n    name\n    country\n    timeZone\n    electionDates\n    status\n    phase\n    myRole\n    stationCount\n    observerCount\n  }\n": typeof types.MissionFieldsFragmentDoc,
    "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n": typeof types.MissionsDocument,
    "\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFields\n    }\n  }\n": typeof types.MissionDocument,
    "\n  query MissionSummary($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n  }\n": typeof types.MissionSummaryDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.CreateMissionDocument,
    "\n  mutation UpdateMission($id: ID!, $input: UpdateMissionInput!) {\n    updateMission(id: $id, input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.UpdateMissionDocument,
    "\n  fragment ImportResultFields on ImportPayload {\n    result {\n      dryRun\n      ok\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        message\n      }\n      problemCount\n    }\n    errors {\n      field\n      message\n      code\n    }\n  }\n": typeof types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportLocations($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importLocations(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportLocationsDocument,
    "\n  mutation ImportObservers($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importObservers(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": typeof types.ImportObserversDocument,
    "\n  query MissionObservers($missionId: ID!, $search: String, $first: Int!, $after: String) {\n    missionObservers(missionId: $missionId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        language\n        name\n        phones\n        deploymentCount\n      }\n    }\n  }\n": typeof types.MissionObserversDocument,
    "\n  query MissionLocations($missionId: ID!, $parentId: ID, $search: String, $first: Int!, $after: String) {\n    missionLocations(missionId: $missionId, parentId: $parentId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        isStation\n        registeredVoters\n        childCount\n        parentId\n      }\n    }\n  }\n": typeof types.MissionLocationsDocument,
    "\n  query MissionLocation($id: ID!) {\n    location(id: $id) {\n      id\n      code\n      name\n      level\n      isStation\n      registeredVoters\n      latitude\n      longitude\n      parentId\n      ancestors {\n        id\n        code\n        name\n      }\n    }\n  }\n": typeof types.MissionLocationDocument,
    "\n  query MissionDeployments($missionId: ID!, $locationId: ID, $first: Int!, $after: String) {\n    missionDeployments(missionId: $missionId, locationId: $locationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        observer {\n          id\n          code\n          name\n        }\n        location {\n          id\n          code\n          name\n        }\n        forms {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.MissionDeploymentsDocument,
    "\n  mutation DeployObserver($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {\n    deployObserver(observerId: $observerId, locationId: $locationId, formIds: $formIds) {\n      deployment {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeployObserverDocument,
    "\n  mutation RemoveDeployment($id: ID!) {\n    removeDeployment(id: $id) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RemoveDeploymentDocument,
    "\n  query MissionForms($missionId: ID!, $includeArchived: Boolean!) {\n    missionForms(missionId: $missionId, includeArchived: $includeArchived) {\n      id\n      kind\n      code\n      name\n      currentVersion\n      archived\n    }\n  }\n": typeof types.MissionFormsDocument,
    "\n  query FormViewer($id: ID!, $number: Int) {\n    form(id: $id) {\n      id\n      missionId\n      kind\n      code\n      name\n      names {\n        language\n        text\n      }\n      currentVersion\n      archived\n      versions {\n        number\n        createdAt\n      }\n      version(number: $number) {\n        number\n        createdAt\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n        rules {\n          code\n          severity\n          expression\n          en: message(language: \"en\")\n          fr: message(language: \"fr\")\n          es: message(language: \"es\")\n          ar: message(language: \"ar\")\n        }\n      }\n    }\n  }\n": typeof types.FormViewerDocument,
    "\n  mutation AddStandardForms($missionId: ID!) {\n    addStandardForms(missionId: $missionId) {\n      forms {\n        id\n        code\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AddStandardFormsDocument,
    "\n  query ObserverMe {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n": typeof types.ObserverMeDocument,
    "\n  query ObserverMissions {\n    missions {\n      id\n      name\n      country\n      timeZone\n      electionDates\n      status\n      phase\n      myRole\n    }\n  }\n": typeof types.ObserverMissionsDocument,
    "\n  fragment ObserverFormFields on Form {\n    id\n    kind\n    code\n    name\n    names {\n      language\n      text\n    }\n    currentVersion\n  }\n": typeof types.ObserverFormFieldsFragmentDoc,
    "\n  query MyAssignments($missionId: ID!) {\n    mission(id: $missionId) {\n      id\n      name\n      timeZone\n      myRole\n    }\n    myAssignments(missionId: $missionId) {\n      deploymentId\n      location {\n        id\n        code\n        name\n      }\n      forms {\n        ...ObserverFormFields\n      }\n    }\n  }\n": typeof types.MyAssignmentsDocument,
    "\n  query MyReports($missionId: ID!) {\n    missionReports(missionId: $missionId, first: 200) {\n      totalCount\n      nodes {\n        id\n        form {\n          id\n        }\n        location {\n          id\n        }\n        version\n        submittedAt\n      }\n    }\n  }\n": typeof types.MyReportsDocument,
    "\n  query ObserverForm($formId: ID!) {\n    form(id: $formId) {\n      ...ObserverFormFields\n      version {\n        number\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ObserverFormDocument,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      report {\n        id\n        version\n        status\n        submittedAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SubmitReportDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReportIncidentDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      twoFactorRequired\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          feedUrl\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrganizationsDocument,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        visibility\n        myRegistration {\n          id\n          status\n        }\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": typeof types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      isOnline\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      visibility\n      icsUrl\n      seriesFeedUrl\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventDocument,
    "\n  query OrganizerContext {\n    me {\n      id\n      isSuperuser\n      person {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n      }\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganizerContextDocument,
    "\n  query OrganizationChoices($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.OrganizationChoicesDocument,
    "\n  query EditorEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      description\n      tags\n      languages\n      visibility\n      timeZone\n      offerMinutes\n      startsAt\n      endsAt\n      localStart\n      localEnd\n      allDay\n      capacity\n      onlineUrl\n      seriesId\n      canEdit\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        city\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        capacity\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n      programmeWarnings {\n        code\n        message\n        field\n        sessionId\n      }\n    }\n  }\n": typeof types.EditorEventDocument,
    "\n  query Venues($organizationId: ID!) {\n    venues(organizationId: $organizationId) {\n      id\n      name\n      address\n      city\n      country\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": typeof types.VenuesDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $scope: EditScope!) {\n    updateEvent(id: $id, input: $input, scope: $scope) {\n      event {\n        id\n      }\n      events {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PublishEventDocument,
    "\n  mutation PostponeEvent($id: ID!, $reason: String!) {\n    postponeEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.PostponeEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CancelEventDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateVenueDocument,
    "\n  mutation AddRoom($venueId: ID!, $name: String!, $capacity: Int) {\n    addRoom(venueId: $venueId, name: $name, capacity: $capacity) {\n      room {\n        id\n        name\n        capacity\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddRoomDocument,
    "\n  mutation AddSession($eventId: ID!, $input: SessionInput!) {\n    addSession(eventId: $eventId, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdateSessionDocument,
    "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id) {\n      ok\n    }\n  }\n": typeof types.RemoveSessionDocument,
    "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      visibility\n      timeZone\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      registrations {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n        attendedAt\n        createdAt\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.EventRegistrationsDocument,
    "\n  mutation RegisterPerson($eventId: ID!, $personId: ID!) {\n    register(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RegisterPersonDocument,
    "\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CancelRegistrationDocument,
    "\n  mutation CheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      registration {\n        id\n        attendedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CheckInDocument,
    "\n  mutation CreateInvitation($eventId: ID!, $email: String) {\n    createInvitation(eventId: $eventId, email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RegisterSelf($eventId: ID!) {\n    register(eventId: $eventId) {\n      registration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.RegisterSelfDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($id: ID!) {\n    declineOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.DeclineOfferDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      registration {\n        id\n        eventId\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query OrganizationPage($id: ID!, $events: EventFilter!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      country\n      feedUrl\n      memberCount\n      parent {\n        id\n        name\n      }\n      viewerCan {\n        viewMembers\n        viewPersonalData\n        managePeople\n        manageMembers\n        manageApiTokens\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          email\n          phones {\n            e164\n            label\n          }\n        }\n      }\n    }\n    events(first: 10, filter: $events) {\n      nodes {\n        id\n        title\n        status\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDirectoryDocument,
    "\n  query DirectoryOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n        viewerCan {\n          viewMembers\n        }\n      }\n    }\n  }\n": typeof types.DirectoryOrganizationsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      preferredLanguage\n      timeZone\n      phones {\n        e164\n        label\n      }\n      viewerCan {\n        edit\n        editContact\n      }\n      memberships {\n        id\n        role\n        createdAt\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": typeof types.PersonPageDocument,
    "\n  mutation UpdatePersonDetails($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      person {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.UpdatePersonDetailsDocument,
    "\n  mutation AddMembership($organizationId: ID!, $personId: ID!, $role: Role!) {\n    addMembership(organizationId: $organizationId, personId: $personId, role: $role) {\n      membership {\n        id\n      }\n      request {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddMembershipDocument,
    "\n  mutation RequestMembershipByEmail($organizationId: ID!, $email: String!, $role: Role!) {\n    requestMembershipByEmail(organizationId: $organizationId, email: $email, role: $role) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.RequestMembershipByEmailDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id) {\n      ok\n    }\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  query Requests {\n    myMembershipRequests {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    membershipRequestsToDecide {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n    myCoHostRequests {\n      status\n      organization {\n        id\n        name\n      }\n      event {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n    mySpeakerRequests {\n      sessionId\n      sessionTitle\n      startsAt\n      endsAt\n      role\n      event {\n        id\n        title\n        timeZone\n      }\n    }\n  }\n": typeof types.RequestsDocument,
    "\n  mutation AcceptMembershipRequest($id: ID!) {\n    acceptMembershipRequest(id: $id) {\n      membership {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptMembershipRequestDocument,
    "\n  mutation DeclineMembershipRequest($id: ID!) {\n    declineMembershipRequest(id: $id) {\n      ok\n    }\n  }\n": typeof types.DeclineMembershipRequestDocument,
    "\n  mutation AcceptCoHosting($eventId: ID!, $organizationId: ID!) {\n    acceptCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptCoHostingDocument,
    "\n  mutation DeclineCoHosting($eventId: ID!, $organizationId: ID!) {\n    declineCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeclineCoHostingDocument,
    "\n  mutation AcceptSpeaking($sessionId: ID!) {\n    acceptSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptSpeakingDocument,
    "\n  mutation DeclineSpeaking($sessionId: ID!) {\n    declineSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.DeclineSpeakingDocument,
    "\n  query ApiTokens($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n    }\n    apiTokens(organizationId: $organizationId) {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($organizationId: ID!, $name: String!, $role: Role!) {\n    createApiToken(organizationId: $organizationId, name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  query ReviewMission($id: ID!) {\n    mission(id: $id) {\n      id\n      name\n      timeZone\n      myRole\n    }\n  }\n": typeof types.ReviewMissionDocument,
    "\n  fragment ReviewLocationFields on Location {\n    id\n    code\n    name\n  }\n": typeof types.ReviewLocationFieldsFragmentDoc,
    "\n  fragment ReviewQuestionFields on Question {\n    code\n    type\n    label\n    options {\n      value\n      label\n    }\n  }\n": typeof types.ReviewQuestionFieldsFragmentDoc,
    "\n  query MissionResults($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n    missionForms(missionId: $missionId) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": typeof types.MissionResultsDocument,
    "\n  query MissionConflicts($missionId: ID!, $formId: ID, $first: Int!, $after: String) {\n    missionConflicts(missionId: $missionId, formId: $formId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        location {\n          ...ReviewLocationFields\n        }\n        form {\n          id\n          code\n          name\n        }\n        reportCount\n        conflictCount\n      }\n    }\n  }\n": typeof types.MissionConflictsDocument,
    "\n  fragment ReviewReportRowFields on Report {\n    id\n    form {\n      id\n      code\n      name\n    }\n    location {\n      ...ReviewLocationFields\n    }\n    observer {\n      memberId\n      observerCode\n    }\n    version\n    status\n    flags {\n      code\n    }\n    submittedAt\n    channel\n    quarantineReason\n  }\n": typeof types.ReviewReportRowFieldsFragmentDoc,
    "\n  query MissionReports(\n    $missionId: ID!\n    $formId: ID\n    $locationId: ID\n    $status: ReportStatus\n    $first: Int!\n    $after: String\n  ) {\n    missionReports(\n      missionId: $missionId\n      formId: $formId\n      locationId: $locationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n": typeof types.MissionReportsDocument,
    "\n  fragment StationResultFields on StationResult {\n    location {\n      ...ReviewLocationFields\n      registeredVoters\n    }\n    form {\n      id\n      code\n      name\n      version {\n        number\n        questions {\n          ...ReviewQuestionFields\n        }\n      }\n    }\n    reportCount\n    conflictCount\n    fields {\n      question\n      value\n      choices\n      source {\n        memberId\n        observerCode\n      }\n      conflict\n      overridden\n      overrideReason\n      values {\n        observer {\n          memberId\n          observerCode\n        }\n        reportId\n        value\n        choices\n      }\n    }\n  }\n": typeof types.StationResultFieldsFragmentDoc,
    "\n  query StationResult($missionId: ID!, $locationId: ID!, $formId: ID!) {\n    stationResult(locationId: $locationId, formId: $formId) {\n      ...StationResultFields\n    }\n    missionReports(missionId: $missionId, locationId: $locationId, formId: $formId, first: 100) {\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n": typeof types.StationResultDocument,
    "\n  mutation OverrideStationValue(\n    $locationId: ID!\n    $formId: ID!\n    $question: String!\n    $value: String\n    $choices: [Int!]\n    $reason: String!\n  ) {\n    overrideStationValue(\n      locationId: $locationId\n      formId: $formId\n      question: $question\n      value: $value\n      choices: $choices\n      reason: $reason\n    ) {\n      result {\n        ...StationResultFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.OverrideStationValueDocument,
    "\n  query ReviewReport($id: ID!) {\n    report(id: $id) {\n      ...ReviewReportRowFields\n      missionId\n      formVersion\n      form {\n        id\n        code\n        name\n        version {\n          number\n          questions {\n            ...ReviewQuestionFields\n          }\n        }\n      }\n      flags {\n        code\n        question\n        message\n      }\n      answers {\n        question\n        value\n        choices\n      }\n      versions {\n        number\n        formVersion\n        submittedAt\n        channel\n        answers {\n          question\n          value\n          choices\n        }\n      }\n    }\n  }\n": typeof types.ReviewReportDocument,
    "\n  mutation VerifyReport($id: ID!) {\n    verifyReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.VerifyReportDocument,
    "\n  mutation QuarantineReport($id: ID!, $reason: String!) {\n    quarantineReport(id: $id, reason: $reason) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.QuarantineReportDocument,
    "\n  mutation ReleaseReport($id: ID!) {\n    releaseReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ReleaseReportDocument,
    "\n  fragment IncidentRowFields on Incident {\n    id\n    category\n    severity\n    status\n    description\n    location {\n      ...ReviewLocationFields\n    }\n    occurredAt\n    reportedAt\n    reporter {\n      memberId\n      observerCode\n    }\n    assignee {\n      id\n      name\n      role\n    }\n  }\n": typeof types.IncidentRowFieldsFragmentDoc,
    "\n  fragment IncidentFields on Incident {\n    ...IncidentRowFields\n    missionId\n    notes {\n      id\n      text\n      at\n      authorName\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n    }\n  }\n": typeof types.IncidentFieldsFragmentDoc,
    "\n  query MissionIncidents(\n    $missionId: ID!\n    $status: IncidentStatus\n    $severity: IncidentSeverity\n    $first: Int!\n    $after: String\n  ) {\n    missionIncidents(missionId: $missionId, status: $status, severity: $severity, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IncidentRowFields\n      }\n    }\n  }\n": typeof types.MissionIncidentsDocument,
    "\n  query ReviewIncident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": typeof types.ReviewIncidentDocument,
    "\n  query ReviewMissionMembers($missionId: ID!) {\n    missionMembers(missionId: $missionId) {\n      id\n      personId\n      role\n      name\n    }\n  }\n": typeof types.ReviewMissionMembersDocument,
    "\n  query IncidentLocationSearch($missionId: ID!, $search: String!) {\n    missionLocations(missionId: $missionId, search: $search, first: 10) {\n      nodes {\n        ...ReviewLocationFields\n        isStation\n      }\n    }\n  }\n": typeof types.IncidentLocationSearchDocument,
    "\n  mutation LogIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        ...IncidentRowFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogIncidentDocument,
    "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeIncident(id: $id) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcknowledgeIncidentDocument,
    "\n  mutation AssignIncident($id: ID!, $memberId: ID) {\n    assignIncident(id: $id, memberId: $memberId) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AssignIncidentDocument,
    "\n  mutation AddIncidentNote($id: ID!, $text: String!) {\n    addIncidentNote(id: $id, text: $text) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.AddIncidentNoteDocument,
    "\n  mutation ResolveIncident($id: ID!, $note: String) {\n    resolveIncident(id: $id, note: $note) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResolveIncidentDocument,
};
const documents: Documents = {
    "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CompleteSignInDocument,
    "\n  mutation RequestSignInCode($phone: String!) {\n    requestSignInCode(phone: $phone) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($phone: String!, $code: String!) {\n    signInWithCode(phone: $phone, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation RequestPasswordReset($email: String, $phone: String) {\n    requestPasswordReset(email: $email, phone: $phone) {\n      ok\n    }\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  query AccountInvitationPreview($token: String!) {\n    accountInvitation(token: $token) {\n      personName\n      channel\n      email\n      expiresAt\n    }\n  }\n": types.AccountInvitationPreviewDocument,
    "\n  mutation AcceptAccountInvitation($token: String!, $password: String!) {\n    acceptAccountInvitation(token: $token, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptAccountInvitationDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      displayName\n      preferredLanguage\n      timeZone\n      notifyBy\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      sessions {\n        id\n        current\n        method\n        userAgent\n        createdAt\n        lastSeenAt\n        expiresAt\n      }\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  mutation UpdateAccountSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      user {\n        id\n        displayName\n        preferredLanguage\n        timeZone\n        notifyBy\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateAccountSettingsDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EndSessionDocument,
    "\n  mutation EndOtherSessions {\n    endOtherSessions {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.EndOtherSessionsDocument,
    "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n    }\n  }\n": types.TwoFactorStatusDocument,
    "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvgDataUri\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.StartTwoFactorSetupDocument,
    "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ConfirmTwoFactorDocument,
    "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation DisableTwoFactor($password: String!, $code: String!) {\n    disableTwoFactor(password: $password, code: $code) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DisableTwoFactorDocument,
    "\n  query OrganizationPeople($organizationId: ID!, $first: Int!, $after: String, $search: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      country\n    }\n    people(first: $first, after: $after, filter: { organizationId: $organizationId, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n        account {\n          account {\n            id\n            email\n            active\n            createdAt\n            lastSignInAt\n            twoFactorEnabled\n          }\n          invitations {\n            id\n            channel\n            sentTo\n            invitedByName\n            createdAt\n            expiresAt\n            acceptedAt\n            revokedAt\n            status\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationPeopleDocument,
    "\n  query PersonAccount($id: ID!) {\n    person(id: $id) {\n      id\n      account {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        invitations {\n          id\n          channel\n          sentTo\n          invitedByName\n          createdAt\n          expiresAt\n          acceptedAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n": types.PersonAccountDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation InviteToAccount($personId: ID!, $channel: Channel) {\n    inviteToAccount(personId: $personId, channel: $channel) {\n      invitation {\n        id\n        channel\n        sentTo\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.InviteToAccountDocument,
    "\n  mutation RevokeAccountInvitation($id: ID!) {\n    revokeAccountInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RevokeAccountInvitationDocument,
    "\n  mutation DeactivateAccount($userId: ID!) {\n    deactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeactivateAccountDocument,
    "\n  mutation ReactivateAccount($userId: ID!) {\n    reactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ReactivateAccountDocument,
    "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        person {\n          id\n          name\n          memberships {\n            id\n            role\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query AdminNav {\n    me {\n      id\n      isSuperuser\n      roles {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    devMailbox(first: 1) {\n      id\n    }\n    devSmsOutbox(first: 1) {\n      id\n    }\n  }\n": types.AdminNavDocument,
    "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      html\n      createdAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query DevSmsOutbox($first: Int!) {\n    devSmsOutbox(first: $first) {\n      id\n      to\n      body\n      status\n      createdAt\n    }\n  }\n": types.DevSmsOutboxDocument,
    "\n  query MyFeedSubscriptions {\n    myFeedSubscriptions {\n      ...FeedSubscriptionFields\n    }\n  }\n": types.MyFeedSubscriptionsDocument,
    "\n  fragment FeedSubscriptionFields on FeedSubscription {\n    id\n    name\n    kind\n    prefix\n    createdAt\n    lastFetchedAt\n    revokedAt\n    filters {\n      organizationIds\n      kinds\n      tags\n      countries\n      languages\n    }\n  }\n": types.FeedSubscriptionFieldsFragmentDoc,
    "\n  query FeedOrganizations {\n    organizations(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.FeedOrganizationsDocument,
    "\n  mutation CreateFeedSubscription($name: String!, $filters: FeedFiltersInput) {\n    createFeedSubscription(name: $name, filters: $filters) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateFeedSubscriptionDocument,
    "\n  mutation CreateAgendaFeed($name: String) {\n    createAgendaFeed(name: $name) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateAgendaFeedDocument,
    "\n  mutation RevokeFeedSubscription($id: ID!) {\n    revokeFeedSubscription(id: $id) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokeFeedSubscriptionDocument,
    "\n  query HomeEvents($first: Int!, $filter: EventFilter) {\n    events(first: $first, filter: $filter) {\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n        myRegistration {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.HomeEventsDocument,
    "\n  query HomeOrganizations {\n    me {\n      id\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.HomeOrganizationsDocument,
    "\n  query EventInvitationPreview($token: String!) {\n    eventInvitation(token: $token) {\n      eventId\n      title\n      status\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      hostName\n      venue {\n        name\n        address\n        city\n      }\n      online\n      expiresAt\n      inviteeName\n      accountEmail\n      canOpenAccount\n    }\n  }\n": types.EventInvitationPreviewDocument,
    "\n  mutation OpenAccountWithInvitation($token: String!, $name: String!, $password: String!) {\n    openAccountWithInvitation(token: $token, name: $name, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.OpenAccountWithInvitationDocument,
    "\n  query EventInvitations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      canEdit\n      startsAt\n      endsAt\n      allDay\n      timeZone\n      invitations {\n        id\n        status\n        inviteeName\n        channel\n        sentTo\n        sentAt\n        expiresAt\n        usedAt\n        revokedAt\n      }\n    }\n  }\n": types.EventInvitationsDocument,
    "\n  mutation SendEventInvitation($eventId: ID!, $personId: ID, $email: String, $guestName: String, $channel: Channel) {\n    sendEventInvitation(eventId: $eventId, personId: $personId, email: $email, guestName: $guestName, channel: $channel) {\n      invitation {\n        id\n        inviteeName\n        sentTo\n      }\n      alreadyPending\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SendEventInvitationDocument,
    "\n  mutation RevokeEventInvitation($id: ID!) {\n    revokeEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RevokeEventInvitationDocument,
    "\n  mutation ResendEventInvitation($id: ID!) {\n    resendEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n        sentTo\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ResendEventInvitationDocument,
    "\n  query PeopleToPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        email\n        emailHint\n        memberships {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleToPickDocument,
    "\n  fragment MissionFields on Mission {\n    id\n    organizationId\n    name\n    country\n    timeZone\n    electionDates\n    status\n    phase\n    myRole\n    stationCount\n    observerCount\n  }\n": types.MissionFieldsFragmentDoc,
    "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n": types.MissionsDocument,
    "\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFields\n    }\n  }\n": types.MissionDocument,
    "\n  query MissionSummary($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n  }\n": types.MissionSummaryDocument,
    "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.CreateMissionDocument,
    "\n  mutation UpdateMission($id: ID!, $input: UpdateMissionInput!) {\n    updateMission(id: $id, input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.UpdateMissionDocument,
    "\n  fragment ImportResultFields on ImportPayload {\n    result {\n      dryRun\n      ok\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        message\n      }\n      problemCount\n    }\n    errors {\n      field\n      message\n      code\n    }\n  }\n": types.ImportResultFieldsFragmentDoc,
    "\n  mutation ImportLocations($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importLocations(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportLocationsDocument,
    "\n  mutation ImportObservers($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importObservers(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n": types.ImportObserversDocument,
    "\n  query MissionObservers($missionId: ID!, $search: String, $first: Int!, $after: String) {\n    missionObservers(missionId: $missionId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        language\n        name\n        phones\n        deploymentCount\n      }\n    }\n  }\n": types.MissionObserversDocument,
    "\n  query MissionLocations($missionId: ID!, $parentId: ID, $search: String, $first: Int!, $after: String) {\n    missionLocations(missionId: $missionId, parentId: $parentId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        isStation\n        registeredVoters\n        childCount\n        parentId\n      }\n    }\n  }\n": types.MissionLocationsDocument,
    "\n  query MissionLocation($id: ID!) {\n    location(id: $id) {\n      id\n      code\n      name\n      level\n      isStation\n      registeredVoters\n      latitude\n      longitude\n      parentId\n      ancestors {\n        id\n        code\n        name\n      }\n    }\n  }\n": types.MissionLocationDocument,
    "\n  query MissionDeployments($missionId: ID!, $locationId: ID, $first: Int!, $after: String) {\n    missionDeployments(missionId: $missionId, locationId: $locationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        observer {\n          id\n          code\n          name\n        }\n        location {\n          id\n          code\n          name\n        }\n        forms {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n": types.MissionDeploymentsDocument,
    "\n  mutation DeployObserver($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {\n    deployObserver(observerId: $observerId, locationId: $locationId, formIds: $formIds) {\n      deployment {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeployObserverDocument,
    "\n  mutation RemoveDeployment($id: ID!) {\n    removeDeployment(id: $id) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RemoveDeploymentDocument,
    "\n  query MissionForms($missionId: ID!, $includeArchived: Boolean!) {\n    missionForms(missionId: $missionId, includeArchived: $includeArchived) {\n      id\n      kind\n      code\n      name\n      currentVersion\n      archived\n    }\n  }\n": types.MissionFormsDocument,
    "\n  query FormViewer($id: ID!, $number: Int) {\n    form(id: $id) {\n      id\n      missionId\n      kind\n      code\n      name\n      names {\n        language\n        text\n      }\n      currentVersion\n      archived\n      versions {\n        number\n        createdAt\n      }\n      version(number: $number) {\n        number\n        createdAt\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n        rules {\n          code\n          severity\n          expression\n          en: message(language: \"en\")\n          fr: message(language: \"fr\")\n          es: message(language: \"es\")\n          ar: message(language: \"ar\")\n        }\n      }\n    }\n  }\n": types.FormViewerDocument,
    "\n  mutation AddStandardForms($missionId: ID!) {\n    addStandardForms(missionId: $missionId) {\n      forms {\n        id\n        code\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AddStandardFormsDocument,
    "\n  query ObserverMe {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n": types.ObserverMeDocument,
    "\n  query ObserverMissions {\n    missions {\n      id\n      name\n      country\n      timeZone\n      electionDates\n      status\n      phase\n      myRole\n    }\n  }\n": types.ObserverMissionsDocument,
    "\n  fragment ObserverFormFields on Form {\n    id\n    kind\n    code\n    name\n    names {\n      language\n      text\n    }\n    currentVersion\n  }\n": types.ObserverFormFieldsFragmentDoc,
    "\n  query MyAssignments($missionId: ID!) {\n    mission(id: $missionId) {\n      id\n      name\n      timeZone\n      myRole\n    }\n    myAssignments(missionId: $missionId) {\n      deploymentId\n      location {\n        id\n        code\n        name\n      }\n      forms {\n        ...ObserverFormFields\n      }\n    }\n  }\n": types.MyAssignmentsDocument,
    "\n  query MyReports($missionId: ID!) {\n    missionReports(missionId: $missionId, first: 200) {\n      totalCount\n      nodes {\n        id\n        form {\n          id\n        }\n        location {\n          id\n        }\n        version\n        submittedAt\n      }\n    }\n  }\n": types.MyReportsDocument,
    "\n  query ObserverForm($formId: ID!) {\n    form(id: $formId) {\n      ...ObserverFormFields\n      version {\n        number\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ObserverFormDocument,
    "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      report {\n        id\n        version\n        status\n        submittedAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SubmitReportDocument,
    "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ReportIncidentDocument,
    "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      twoFactorRequired\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          feedUrl\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.OrganizationsDocument,
    "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        visibility\n        myRegistration {\n          id\n          status\n        }\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n": types.EventsDocument,
    "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      isOnline\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      visibility\n      icsUrl\n      seriesFeedUrl\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EventDocument,
    "\n  query OrganizerContext {\n    me {\n      id\n      isSuperuser\n      person {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n      }\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganizerContextDocument,
    "\n  query OrganizationChoices($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.OrganizationChoicesDocument,
    "\n  query EditorEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      description\n      tags\n      languages\n      visibility\n      timeZone\n      offerMinutes\n      startsAt\n      endsAt\n      localStart\n      localEnd\n      allDay\n      capacity\n      onlineUrl\n      seriesId\n      canEdit\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        city\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        capacity\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n      programmeWarnings {\n        code\n        message\n        field\n        sessionId\n      }\n    }\n  }\n": types.EditorEventDocument,
    "\n  query Venues($organizationId: ID!) {\n    venues(organizationId: $organizationId) {\n      id\n      name\n      address\n      city\n      country\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n": types.VenuesDocument,
    "\n  query PeopleSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateEventDocument,
    "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $scope: EditScope!) {\n    updateEvent(id: $id, input: $input, scope: $scope) {\n      event {\n        id\n      }\n      events {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateEventDocument,
    "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PublishEventDocument,
    "\n  mutation PostponeEvent($id: ID!, $reason: String!) {\n    postponeEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.PostponeEventDocument,
    "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CancelEventDocument,
    "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateVenueDocument,
    "\n  mutation AddRoom($venueId: ID!, $name: String!, $capacity: Int) {\n    addRoom(venueId: $venueId, name: $name, capacity: $capacity) {\n      room {\n        id\n        name\n        capacity\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddRoomDocument,
    "\n  mutation AddSession($eventId: ID!, $input: SessionInput!) {\n    addSession(eventId: $eventId, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddSessionDocument,
    "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdateSessionDocument,
    "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id) {\n      ok\n    }\n  }\n": types.RemoveSessionDocument,
    "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      visibility\n      timeZone\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      registrations {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n        attendedAt\n        createdAt\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.EventRegistrationsDocument,
    "\n  mutation RegisterPerson($eventId: ID!, $personId: ID!) {\n    register(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RegisterPersonDocument,
    "\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CancelRegistrationDocument,
    "\n  mutation CheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      registration {\n        id\n        attendedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CheckInDocument,
    "\n  mutation CreateInvitation($eventId: ID!, $email: String) {\n    createInvitation(eventId: $eventId, email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RegisterSelf($eventId: ID!) {\n    register(eventId: $eventId) {\n      registration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.RegisterSelfDocument,
    "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptOfferDocument,
    "\n  mutation DeclineOffer($id: ID!) {\n    declineOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.DeclineOfferDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      registration {\n        id\n        eventId\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query OrganizationPage($id: ID!, $events: EventFilter!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      country\n      feedUrl\n      memberCount\n      parent {\n        id\n        name\n      }\n      viewerCan {\n        viewMembers\n        viewPersonalData\n        managePeople\n        manageMembers\n        manageApiTokens\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          email\n          phones {\n            e164\n            label\n          }\n        }\n      }\n    }\n    events(first: 10, filter: $events) {\n      nodes {\n        id\n        title\n        status\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDirectoryDocument,
    "\n  query DirectoryOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n        viewerCan {\n          viewMembers\n        }\n      }\n    }\n  }\n": types.DirectoryOrganizationsDocument,
    "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      preferredLanguage\n      timeZone\n      phones {\n        e164\n        label\n      }\n      viewerCan {\n        edit\n        editContact\n      }\n      memberships {\n        id\n        role\n        createdAt\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n": types.PersonPageDocument,
    "\n  mutation UpdatePersonDetails($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      person {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.UpdatePersonDetailsDocument,
    "\n  mutation AddMembership($organizationId: ID!, $personId: ID!, $role: Role!) {\n    addMembership(organizationId: $organizationId, personId: $personId, role: $role) {\n      membership {\n        id\n      }\n      request {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddMembershipDocument,
    "\n  mutation RequestMembershipByEmail($organizationId: ID!, $email: String!, $role: Role!) {\n    requestMembershipByEmail(organizationId: $organizationId, email: $email, role: $role) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.RequestMembershipByEmailDocument,
    "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id) {\n      ok\n    }\n  }\n": types.RemoveMembershipDocument,
    "\n  query Requests {\n    myMembershipRequests {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    membershipRequestsToDecide {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n    myCoHostRequests {\n      status\n      organization {\n        id\n        name\n      }\n      event {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n    mySpeakerRequests {\n      sessionId\n      sessionTitle\n      startsAt\n      endsAt\n      role\n      event {\n        id\n        title\n        timeZone\n      }\n    }\n  }\n": types.RequestsDocument,
    "\n  mutation AcceptMembershipRequest($id: ID!) {\n    acceptMembershipRequest(id: $id) {\n      membership {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcceptMembershipRequestDocument,
    "\n  mutation DeclineMembershipRequest($id: ID!) {\n    declineMembershipRequest(id: $id) {\n      ok\n    }\n  }\n": types.DeclineMembershipRequestDocument,
    "\n  mutation AcceptCoHosting($eventId: ID!, $organizationId: ID!) {\n    acceptCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcceptCoHostingDocument,
    "\n  mutation DeclineCoHosting($eventId: ID!, $organizationId: ID!) {\n    declineCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeclineCoHostingDocument,
    "\n  mutation AcceptSpeaking($sessionId: ID!) {\n    acceptSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcceptSpeakingDocument,
    "\n  mutation DeclineSpeaking($sessionId: ID!) {\n    declineSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.DeclineSpeakingDocument,
    "\n  query ApiTokens($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n    }\n    apiTokens(organizationId: $organizationId) {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($organizationId: ID!, $name: String!, $role: Role!) {\n    createApiToken(organizationId: $organizationId, name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  query ReviewMission($id: ID!) {\n    mission(id: $id) {\n      id\n      name\n      timeZone\n      myRole\n    }\n  }\n": types.ReviewMissionDocument,
    "\n  fragment ReviewLocationFields on Location {\n    id\n    code\n    name\n  }\n": types.ReviewLocationFieldsFragmentDoc,
    "\n  fragment ReviewQuestionFields on Question {\n    code\n    type\n    label\n    options {\n      value\n      label\n    }\n  }\n": types.ReviewQuestionFieldsFragmentDoc,
    "\n  query MissionResults($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n    missionForms(missionId: $missionId) {\n      id\n      code\n      name\n      kind\n    }\n  }\n": types.MissionResultsDocument,
    "\n  query MissionConflicts($missionId: ID!, $formId: ID, $first: Int!, $after: String) {\n    missionConflicts(missionId: $missionId, formId: $formId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        location {\n          ...ReviewLocationFields\n        }\n        form {\n          id\n          code\n          name\n        }\n        reportCount\n        conflictCount\n      }\n    }\n  }\n": types.MissionConflictsDocument,
    "\n  fragment ReviewReportRowFields on Report {\n    id\n    form {\n      id\n      code\n      name\n    }\n    location {\n      ...ReviewLocationFields\n    }\n    observer {\n      memberId\n      observerCode\n    }\n    version\n    status\n    flags {\n      code\n    }\n    submittedAt\n    channel\n    quarantineReason\n  }\n": types.ReviewReportRowFieldsFragmentDoc,
    "\n  query MissionReports(\n    $missionId: ID!\n    $formId: ID\n    $locationId: ID\n    $status: ReportStatus\n    $first: Int!\n    $after: String\n  ) {\n    missionReports(\n      missionId: $missionId\n      formId: $formId\n      locationId: $locationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n": types.MissionReportsDocument,
    "\n  fragment StationResultFields on StationResult {\n    location {\n      ...ReviewLocationFields\n      registeredVoters\n    }\n    form {\n      id\n      code\n      name\n      version {\n        number\n        questions {\n          ...ReviewQuestionFields\n        }\n      }\n    }\n    reportCount\n    conflictCount\n    fields {\n      question\n      value\n      choices\n      source {\n        memberId\n        observerCode\n      }\n      conflict\n      overridden\n      overrideReason\n      values {\n        observer {\n          memberId\n          observerCode\n        }\n        reportId\n        value\n        choices\n      }\n    }\n  }\n": types.StationResultFieldsFragmentDoc,
    "\n  query StationResult($missionId: ID!, $locationId: ID!, $formId: ID!) {\n    stationResult(locationId: $locationId, formId: $formId) {\n      ...StationResultFields\n    }\n    missionReports(missionId: $missionId, locationId: $locationId, formId: $formId, first: 100) {\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n": types.StationResultDocument,
    "\n  mutation OverrideStationValue(\n    $locationId: ID!\n    $formId: ID!\n    $question: String!\n    $value: String\n    $choices: [Int!]\n    $reason: String!\n  ) {\n    overrideStationValue(\n      locationId: $locationId\n      formId: $formId\n      question: $question\n      value: $value\n      choices: $choices\n      reason: $reason\n    ) {\n      result {\n        ...StationResultFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.OverrideStationValueDocument,
    "\n  query ReviewReport($id: ID!) {\n    report(id: $id) {\n      ...ReviewReportRowFields\n      missionId\n      formVersion\n      form {\n        id\n        code\n        name\n        version {\n          number\n          questions {\n            ...ReviewQuestionFields\n          }\n        }\n      }\n      flags {\n        code\n        question\n        message\n      }\n      answers {\n        question\n        value\n        choices\n      }\n      versions {\n        number\n        formVersion\n        submittedAt\n        channel\n        answers {\n          question\n          value\n          choices\n        }\n      }\n    }\n  }\n": types.ReviewReportDocument,
    "\n  mutation VerifyReport($id: ID!) {\n    verifyReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.VerifyReportDocument,
    "\n  mutation QuarantineReport($id: ID!, $reason: String!) {\n    quarantineReport(id: $id, reason: $reason) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.QuarantineReportDocument,
    "\n  mutation ReleaseReport($id: ID!) {\n    releaseReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ReleaseReportDocument,
    "\n  fragment IncidentRowFields on Incident {\n    id\n    category\n    severity\n    status\n    description\n    location {\n      ...ReviewLocationFields\n    }\n    occurredAt\n    reportedAt\n    reporter {\n      memberId\n      observerCode\n    }\n    assignee {\n      id\n      name\n      role\n    }\n  }\n": types.IncidentRowFieldsFragmentDoc,
    "\n  fragment IncidentFields on Incident {\n    ...IncidentRowFields\n    missionId\n    notes {\n      id\n      text\n      at\n      authorName\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n    }\n  }\n": types.IncidentFieldsFragmentDoc,
    "\n  query MissionIncidents(\n    $missionId: ID!\n    $status: IncidentStatus\n    $severity: IncidentSeverity\n    $first: Int!\n    $after: String\n  ) {\n    missionIncidents(missionId: $missionId, status: $status, severity: $severity, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IncidentRowFields\n      }\n    }\n  }\n": types.MissionIncidentsDocument,
    "\n  query ReviewIncident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n": types.ReviewIncidentDocument,
    "\n  query ReviewMissionMembers($missionId: ID!) {\n    missionMembers(missionId: $missionId) {\n      id\n      personId\n      role\n      name\n    }\n  }\n": types.ReviewMissionMembersDocument,
    "\n  query IncidentLocationSearch($missionId: ID!, $search: String!) {\n    missionLocations(missionId: $missionId, search: $search, first: 10) {\n      nodes {\n        ...ReviewLocationFields\n        isStation\n      }\n    }\n  }\n": types.IncidentLocationSearchDocument,
    "\n  mutation LogIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        ...IncidentRowFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.LogIncidentDocument,
    "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeIncident(id: $id) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AcknowledgeIncidentDocument,
    "\n  mutation AssignIncident($id: ID!, $memberId: ID) {\n    assignIncident(id: $id, memberId: $memberId) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AssignIncidentDocument,
    "\n  mutation AddIncidentNote($id: ID!, $text: String!) {\n    addIncidentNote(id: $id, text: $text) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.AddIncidentNoteDocument,
    "\n  mutation ResolveIncident($id: ID!, $note: String) {\n    resolveIncident(id: $id, note: $note) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n": types.ResolveIncidentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSignIn($challenge: String!, $code: String!) {\n    completeSignIn(challenge: $challenge, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CompleteSignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($phone: String!) {\n    requestSignInCode(phone: $phone) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RequestSignInCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($phone: String!, $code: String!) {\n    signInWithCode(phone: $phone, code: $code) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SignInWithCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String, $phone: String) {\n    requestPasswordReset(email: $email, phone: $phone) {\n      ok\n    }\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, password: $password) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInvitationPreview($token: String!) {\n    accountInvitation(token: $token) {\n      personName\n      channel\n      email\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').AccountInvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptAccountInvitation($token: String!, $password: String!) {\n    acceptAccountInvitation(token: $token, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptAccountInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    me {\n      id\n      email\n      displayName\n      preferredLanguage\n      timeZone\n      notifyBy\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n      sessions {\n        id\n        current\n        method\n        userAgent\n        createdAt\n        lastSeenAt\n        expiresAt\n      }\n    }\n  }\n"): typeof import('./graphql').AccountSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccountSettings($input: AccountSettingsInput!) {\n    updateAccountSettings(input: $input) {\n      user {\n        id\n        displayName\n        preferredLanguage\n        timeZone\n        notifyBy\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateAccountSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession($id: ID!) {\n    endSession(id: $id) {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOtherSessions {\n    endOtherSessions {\n      ended\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').EndOtherSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TwoFactorStatus {\n    me {\n      id\n      twoFactorEnabled\n      twoFactorRequired\n      recoveryCodesLeft\n    }\n  }\n"): typeof import('./graphql').TwoFactorStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTwoFactorSetup {\n    startTwoFactorSetup {\n      secret\n      otpauthUri\n      qrSvgDataUri\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').StartTwoFactorSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTwoFactor($code: String!) {\n    confirmTwoFactor(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ConfirmTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes($code: String!) {\n    regenerateRecoveryCodes(code: $code) {\n      recoveryCodes\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RegenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTwoFactor($password: String!, $code: String!) {\n    disableTwoFactor(password: $password, code: $code) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DisableTwoFactorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPeople($organizationId: ID!, $first: Int!, $after: String, $search: String) {\n    organization(id: $organizationId) {\n      id\n      name\n      country\n    }\n    people(first: $first, after: $after, filter: { organizationId: $organizationId, search: $search }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n        account {\n          account {\n            id\n            email\n            active\n            createdAt\n            lastSignInAt\n            twoFactorEnabled\n          }\n          invitations {\n            id\n            channel\n            sentTo\n            invitedByName\n            createdAt\n            expiresAt\n            acceptedAt\n            revokedAt\n            status\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonAccount($id: ID!) {\n    person(id: $id) {\n      id\n      account {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        invitations {\n          id\n          channel\n          sentTo\n          invitedByName\n          createdAt\n          expiresAt\n          acceptedAt\n          revokedAt\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      person {\n        id\n        name\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreatePersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToAccount($personId: ID!, $channel: Channel) {\n    inviteToAccount(personId: $personId, channel: $channel) {\n      invitation {\n        id\n        channel\n        sentTo\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').InviteToAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeAccountInvitation($id: ID!) {\n    revokeAccountInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeAccountInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateAccount($userId: ID!) {\n    deactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeactivateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivateAccount($userId: ID!) {\n    reactivateAccount(userId: $userId) {\n      account {\n        id\n        email\n        active\n        createdAt\n        lastSignInAt\n        twoFactorEnabled\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReactivateAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($first: Int!, $after: String, $search: String) {\n    accounts(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        account {\n          id\n          email\n          active\n          createdAt\n          lastSignInAt\n          twoFactorEnabled\n        }\n        person {\n          id\n          name\n          memberships {\n            id\n            role\n            organization {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminNav {\n    me {\n      id\n      isSuperuser\n      roles {\n        role\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n    devMailbox(first: 1) {\n      id\n    }\n    devSmsOutbox(first: 1) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminNavDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox($first: Int!) {\n    devMailbox(first: $first) {\n      id\n      to\n      subject\n      text\n      html\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DevMailboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevSmsOutbox($first: Int!) {\n    devSmsOutbox(first: $first) {\n      id\n      to\n      body\n      status\n      createdAt\n    }\n  }\n"): typeof import('./graphql').DevSmsOutboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeedSubscriptions {\n    myFeedSubscriptions {\n      ...FeedSubscriptionFields\n    }\n  }\n"): typeof import('./graphql').MyFeedSubscriptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedSubscriptionFields on FeedSubscription {\n    id\n    name\n    kind\n    prefix\n    createdAt\n    lastFetchedAt\n    revokedAt\n    filters {\n      organizationIds\n      kinds\n      tags\n      countries\n      languages\n    }\n  }\n"): typeof import('./graphql').FeedSubscriptionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeedOrganizations {\n    organizations(first: 200) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').FeedOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFeedSubscription($name: String!, $filters: FeedFiltersInput) {\n    createFeedSubscription(name: $name, filters: $filters) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateFeedSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAgendaFeed($name: String) {\n    createAgendaFeed(name: $name) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      url\n      webcalUrl\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateAgendaFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeFeedSubscription($id: ID!) {\n    revokeFeedSubscription(id: $id) {\n      subscription {\n        ...FeedSubscriptionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeFeedSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeEvents($first: Int!, $filter: EventFilter) {\n    events(first: $first, filter: $filter) {\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n        myRegistration {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeOrganizations {\n    me {\n      id\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').HomeOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventInvitationPreview($token: String!) {\n    eventInvitation(token: $token) {\n      eventId\n      title\n      status\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      hostName\n      venue {\n        name\n        address\n        city\n      }\n      online\n      expiresAt\n      inviteeName\n      accountEmail\n      canOpenAccount\n    }\n  }\n"): typeof import('./graphql').EventInvitationPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenAccountWithInvitation($token: String!, $name: String!, $password: String!) {\n    openAccountWithInvitation(token: $token, name: $name, password: $password) {\n      user {\n        id\n        email\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').OpenAccountWithInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventInvitations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      canEdit\n      startsAt\n      endsAt\n      allDay\n      timeZone\n      invitations {\n        id\n        status\n        inviteeName\n        channel\n        sentTo\n        sentAt\n        expiresAt\n        usedAt\n        revokedAt\n      }\n    }\n  }\n"): typeof import('./graphql').EventInvitationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendEventInvitation($eventId: ID!, $personId: ID, $email: String, $guestName: String, $channel: Channel) {\n    sendEventInvitation(eventId: $eventId, personId: $personId, email: $email, guestName: $guestName, channel: $channel) {\n      invitation {\n        id\n        inviteeName\n        sentTo\n      }\n      alreadyPending\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SendEventInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeEventInvitation($id: ID!) {\n    revokeEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RevokeEventInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendEventInvitation($id: ID!) {\n    resendEventInvitation(id: $id) {\n      invitation {\n        id\n        status\n        sentTo\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ResendEventInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleToPick($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n        email\n        emailHint\n        memberships {\n          id\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleToPickDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MissionFields on Mission {\n    id\n    organizationId\n    name\n    country\n    timeZone\n    electionDates\n    status\n    phase\n    myRole\n    stationCount\n    observerCount\n  }\n"): typeof import('./graphql').MissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Missions {\n    missions {\n      ...MissionFields\n    }\n  }\n"): typeof import('./graphql').MissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Mission($id: ID!) {\n    mission(id: $id) {\n      ...MissionFields\n    }\n  }\n"): typeof import('./graphql').MissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionSummary($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n  }\n"): typeof import('./graphql').MissionSummaryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMission($input: CreateMissionInput!) {\n    createMission(input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').CreateMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMission($id: ID!, $input: UpdateMissionInput!) {\n    updateMission(id: $id, input: $input) {\n      mission {\n        ...MissionFields\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportResultFields on ImportPayload {\n    result {\n      dryRun\n      ok\n      created\n      updated\n      unchanged\n      problems {\n        line\n        column\n        message\n      }\n      problemCount\n    }\n    errors {\n      field\n      message\n      code\n    }\n  }\n"): typeof import('./graphql').ImportResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportLocations($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importLocations(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): typeof import('./graphql').ImportLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportObservers($missionId: ID!, $file: Upload!, $dryRun: Boolean!) {\n    importObservers(missionId: $missionId, file: $file, dryRun: $dryRun) {\n      ...ImportResultFields\n    }\n  }\n"): typeof import('./graphql').ImportObserversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionObservers($missionId: ID!, $search: String, $first: Int!, $after: String) {\n    missionObservers(missionId: $missionId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        kind\n        language\n        name\n        phones\n        deploymentCount\n      }\n    }\n  }\n"): typeof import('./graphql').MissionObserversDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionLocations($missionId: ID!, $parentId: ID, $search: String, $first: Int!, $after: String) {\n    missionLocations(missionId: $missionId, parentId: $parentId, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        code\n        name\n        level\n        isStation\n        registeredVoters\n        childCount\n        parentId\n      }\n    }\n  }\n"): typeof import('./graphql').MissionLocationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionLocation($id: ID!) {\n    location(id: $id) {\n      id\n      code\n      name\n      level\n      isStation\n      registeredVoters\n      latitude\n      longitude\n      parentId\n      ancestors {\n        id\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').MissionLocationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionDeployments($missionId: ID!, $locationId: ID, $first: Int!, $after: String) {\n    missionDeployments(missionId: $missionId, locationId: $locationId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        observer {\n          id\n          code\n          name\n        }\n        location {\n          id\n          code\n          name\n        }\n        forms {\n          id\n          code\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MissionDeploymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeployObserver($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {\n    deployObserver(observerId: $observerId, locationId: $locationId, formIds: $formIds) {\n      deployment {\n        id\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeployObserverDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDeployment($id: ID!) {\n    removeDeployment(id: $id) {\n      ok\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RemoveDeploymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionForms($missionId: ID!, $includeArchived: Boolean!) {\n    missionForms(missionId: $missionId, includeArchived: $includeArchived) {\n      id\n      kind\n      code\n      name\n      currentVersion\n      archived\n    }\n  }\n"): typeof import('./graphql').MissionFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormViewer($id: ID!, $number: Int) {\n    form(id: $id) {\n      id\n      missionId\n      kind\n      code\n      name\n      names {\n        language\n        text\n      }\n      currentVersion\n      archived\n      versions {\n        number\n        createdAt\n      }\n      version(number: $number) {\n        number\n        createdAt\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n        rules {\n          code\n          severity\n          expression\n          en: message(language: \"en\")\n          fr: message(language: \"fr\")\n          es: message(language: \"es\")\n          ar: message(language: \"ar\")\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FormViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddStandardForms($missionId: ID!) {\n    addStandardForms(missionId: $missionId) {\n      forms {\n        id\n        code\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AddStandardFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverMe {\n    me {\n      id\n      preferredLanguage\n    }\n  }\n"): typeof import('./graphql').ObserverMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverMissions {\n    missions {\n      id\n      name\n      country\n      timeZone\n      electionDates\n      status\n      phase\n      myRole\n    }\n  }\n"): typeof import('./graphql').ObserverMissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ObserverFormFields on Form {\n    id\n    kind\n    code\n    name\n    names {\n      language\n      text\n    }\n    currentVersion\n  }\n"): typeof import('./graphql').ObserverFormFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyAssignments($missionId: ID!) {\n    mission(id: $missionId) {\n      id\n      name\n      timeZone\n      myRole\n    }\n    myAssignments(missionId: $missionId) {\n      deploymentId\n      location {\n        id\n        code\n        name\n      }\n      forms {\n        ...ObserverFormFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyAssignmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyReports($missionId: ID!) {\n    missionReports(missionId: $missionId, first: 200) {\n      totalCount\n      nodes {\n        id\n        form {\n          id\n        }\n        location {\n          id\n        }\n        version\n        submittedAt\n      }\n    }\n  }\n"): typeof import('./graphql').MyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ObserverForm($formId: ID!) {\n    form(id: $formId) {\n      ...ObserverFormFields\n      version {\n        number\n        questions {\n          code\n          type\n          labels {\n            language\n            text\n          }\n          required\n          min\n          max\n          maxLength\n          options {\n            value\n            labels {\n              language\n              text\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ObserverFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitReport($input: SubmitReportInput!) {\n    submitReport(input: $input) {\n      report {\n        id\n        version\n        status\n        submittedAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ReportIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      email\n      displayName\n      twoFactorRequired\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      user {\n        id\n        email\n        displayName\n        twoFactorRequired\n      }\n      twoFactorChallenge\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SignInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): typeof import('./graphql').SignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organizations($first: Int!, $after: String, $filter: OrganizationFilter) {\n    organizations(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          slug\n          kind\n          country\n          memberCount\n          feedUrl\n          parent {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Events($first: Int!, $after: String, $filter: EventFilter) {\n    events(first: $first, after: $after, filter: $filter) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        title\n        kind\n        status\n        statusReason\n        timeZone\n        startsAt\n        endsAt\n        allDay\n        tags\n        visibility\n        myRegistration {\n          id\n          status\n        }\n        hostOrganization {\n          id\n          name\n        }\n        venue {\n          id\n          name\n          city\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Event($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      timeZone\n      startsAt\n      endsAt\n      allDay\n      descriptionHtml\n      tags\n      languages\n      onlineUrl\n      isOnline\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      visibility\n      icsUrl\n      seriesFeedUrl\n      myRegistration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizerContext {\n    me {\n      id\n      isSuperuser\n      person {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n          }\n        }\n      }\n      roles {\n        role\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizerContextDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationChoices($first: Int!, $filter: OrganizationFilter) {\n    organizations(first: $first, filter: $filter) {\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorEvent($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      kind\n      status\n      statusReason\n      description\n      tags\n      languages\n      visibility\n      timeZone\n      offerMinutes\n      startsAt\n      endsAt\n      localStart\n      localEnd\n      allDay\n      capacity\n      onlineUrl\n      seriesId\n      canEdit\n      hostOrganization {\n        id\n        name\n      }\n      coHosts {\n        id\n        name\n      }\n      venue {\n        id\n        name\n        city\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      sessions {\n        id\n        kind\n        title\n        description\n        startsAt\n        endsAt\n        track\n        capacity\n        room {\n          id\n          name\n        }\n        speakers {\n          id\n          name\n        }\n        moderators {\n          id\n          name\n        }\n      }\n      programmeWarnings {\n        code\n        message\n        field\n        sessionId\n      }\n    }\n  }\n"): typeof import('./graphql').EditorEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venues($organizationId: ID!) {\n    venues(organizationId: $organizationId) {\n      id\n      name\n      address\n      city\n      country\n      rooms {\n        id\n        name\n        capacity\n      }\n    }\n  }\n"): typeof import('./graphql').VenuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($search: String!) {\n    people(first: 10, filter: { search: $search }) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEvent($input: CreateEventInput!) {\n    createEvent(input: $input) {\n      event {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $scope: EditScope!) {\n    updateEvent(id: $id, input: $input, scope: $scope) {\n      event {\n        id\n      }\n      events {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishEvent($id: ID!) {\n    publishEvent(id: $id) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PublishEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostponeEvent($id: ID!, $reason: String!) {\n    postponeEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').PostponeEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelEvent($id: ID!, $reason: String!) {\n    cancelEvent(id: $id, reason: $reason) {\n      event {\n        id\n        status\n        statusReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CancelEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVenue($input: CreateVenueInput!) {\n    createVenue(input: $input) {\n      venue {\n        id\n        name\n        address\n        city\n        country\n        rooms {\n          id\n          name\n          capacity\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddRoom($venueId: ID!, $name: String!, $capacity: Int) {\n    addRoom(venueId: $venueId, name: $name, capacity: $capacity) {\n      room {\n        id\n        name\n        capacity\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddRoomDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSession($eventId: ID!, $input: SessionInput!) {\n    addSession(eventId: $eventId, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSession($id: ID!, $input: UpdateSessionInput!) {\n    updateSession(id: $id, input: $input) {\n      session {\n        id\n      }\n      warnings {\n        code\n        message\n        field\n        sessionId\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSession($id: ID!) {\n    removeSession(id: $id) {\n      ok\n    }\n  }\n"): typeof import('./graphql').RemoveSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EventRegistrations($id: ID!) {\n    event(id: $id) {\n      id\n      title\n      status\n      visibility\n      timeZone\n      capacity\n      seatsTaken\n      waitlistCount\n      canEdit\n      registrations {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n        attendedAt\n        createdAt\n        person {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').EventRegistrationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPerson($eventId: ID!, $personId: ID!) {\n    register(eventId: $eventId, personId: $personId) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterPersonDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelRegistration($id: ID!) {\n    cancelRegistration(id: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CancelRegistrationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckIn($registrationId: ID!) {\n    checkIn(registrationId: $registrationId) {\n      registration {\n        id\n        attendedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CheckInDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($eventId: ID!, $email: String) {\n    createInvitation(eventId: $eventId, email: $email) {\n      invitation {\n        id\n        email\n        expiresAt\n      }\n      token\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterSelf($eventId: ID!) {\n    register(eventId: $eventId) {\n      registration {\n        id\n        status\n        waitlistPosition\n        offerExpiresAt\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterSelfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOffer($id: ID!) {\n    acceptOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineOffer($id: ID!) {\n    declineOffer(registrationId: $id) {\n      registration {\n        id\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineOfferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      registration {\n        id\n        eventId\n        status\n      }\n      errors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($id: ID!, $events: EventFilter!) {\n    organization(id: $id) {\n      id\n      name\n      kind\n      country\n      feedUrl\n      memberCount\n      parent {\n        id\n        name\n      }\n      viewerCan {\n        viewMembers\n        viewPersonalData\n        managePeople\n        manageMembers\n        manageApiTokens\n      }\n      members {\n        id\n        role\n        person {\n          id\n          name\n          email\n          phones {\n            e164\n            label\n          }\n        }\n      }\n    }\n    events(first: 10, filter: $events) {\n      nodes {\n        id\n        title\n        status\n        visibility\n        timeZone\n        startsAt\n        endsAt\n        allDay\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleDirectory($first: Int!, $after: String, $filter: PersonFilter) {\n    people(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        email\n        phones {\n          e164\n          label\n        }\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PeopleDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectoryOrganizations {\n    organizations(first: 100) {\n      nodes {\n        id\n        name\n        viewerCan {\n          viewMembers\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DirectoryOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonPage($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      preferredLanguage\n      timeZone\n      phones {\n        e164\n        label\n      }\n      viewerCan {\n        edit\n        editContact\n      }\n      memberships {\n        id\n        role\n        createdAt\n        organization {\n          id\n          name\n          kind\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PersonPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePersonDetails($id: ID!, $input: UpdatePersonInput!) {\n    updatePerson(id: $id, input: $input) {\n      person {\n        id\n        name\n        email\n        preferredLanguage\n        timeZone\n        phones {\n          e164\n          label\n        }\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').UpdatePersonDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMembership($organizationId: ID!, $personId: ID!, $role: Role!) {\n    addMembership(organizationId: $organizationId, personId: $personId, role: $role) {\n      membership {\n        id\n      }\n      request {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestMembershipByEmail($organizationId: ID!, $email: String!, $role: Role!) {\n    requestMembershipByEmail(organizationId: $organizationId, email: $email, role: $role) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').RequestMembershipByEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($id: ID!) {\n    removeMembership(id: $id) {\n      ok\n    }\n  }\n"): typeof import('./graphql').RemoveMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requests {\n    myMembershipRequests {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n    }\n    membershipRequestsToDecide {\n      id\n      role\n      createdAt\n      organization {\n        id\n        name\n      }\n      person {\n        id\n        name\n      }\n    }\n    myCoHostRequests {\n      status\n      organization {\n        id\n        name\n      }\n      event {\n        id\n        title\n        startsAt\n        timeZone\n      }\n    }\n    mySpeakerRequests {\n      sessionId\n      sessionTitle\n      startsAt\n      endsAt\n      role\n      event {\n        id\n        title\n        timeZone\n      }\n    }\n  }\n"): typeof import('./graphql').RequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMembershipRequest($id: ID!) {\n    acceptMembershipRequest(id: $id) {\n      membership {\n        id\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineMembershipRequest($id: ID!) {\n    declineMembershipRequest(id: $id) {\n      ok\n    }\n  }\n"): typeof import('./graphql').DeclineMembershipRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCoHosting($eventId: ID!, $organizationId: ID!) {\n    acceptCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptCoHostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCoHosting($eventId: ID!, $organizationId: ID!) {\n    declineCoHosting(eventId: $eventId, organizationId: $organizationId) {\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineCoHostingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptSpeaking($sessionId: ID!) {\n    acceptSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptSpeakingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineSpeaking($sessionId: ID!) {\n    declineSpeaking(sessionId: $sessionId) {\n      ok\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').DeclineSpeakingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n    }\n    apiTokens(organizationId: $organizationId) {\n      id\n      name\n      role\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').ApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($organizationId: ID!, $name: String!, $role: Role!) {\n    createApiToken(organizationId: $organizationId, name: $name, role: $role) {\n      token\n      apiToken {\n        id\n        name\n        role\n        prefix\n        createdAt\n        lastUsedAt\n        revokedAt\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').CreateApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewMission($id: ID!) {\n    mission(id: $id) {\n      id\n      name\n      timeZone\n      myRole\n    }\n  }\n"): typeof import('./graphql').ReviewMissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewLocationFields on Location {\n    id\n    code\n    name\n  }\n"): typeof import('./graphql').ReviewLocationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewQuestionFields on Question {\n    code\n    type\n    label\n    options {\n      value\n      label\n    }\n  }\n"): typeof import('./graphql').ReviewQuestionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionResults($missionId: ID!) {\n    missionSummary(missionId: $missionId) {\n      stations\n      stationsReporting\n      expectedReports\n      reports\n      flagged\n      quarantined\n      conflicts\n    }\n    missionForms(missionId: $missionId) {\n      id\n      code\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').MissionResultsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionConflicts($missionId: ID!, $formId: ID, $first: Int!, $after: String) {\n    missionConflicts(missionId: $missionId, formId: $formId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        location {\n          ...ReviewLocationFields\n        }\n        form {\n          id\n          code\n          name\n        }\n        reportCount\n        conflictCount\n      }\n    }\n  }\n"): typeof import('./graphql').MissionConflictsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewReportRowFields on Report {\n    id\n    form {\n      id\n      code\n      name\n    }\n    location {\n      ...ReviewLocationFields\n    }\n    observer {\n      memberId\n      observerCode\n    }\n    version\n    status\n    flags {\n      code\n    }\n    submittedAt\n    channel\n    quarantineReason\n  }\n"): typeof import('./graphql').ReviewReportRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionReports(\n    $missionId: ID!\n    $formId: ID\n    $locationId: ID\n    $status: ReportStatus\n    $first: Int!\n    $after: String\n  ) {\n    missionReports(\n      missionId: $missionId\n      formId: $formId\n      locationId: $locationId\n      status: $status\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').MissionReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StationResultFields on StationResult {\n    location {\n      ...ReviewLocationFields\n      registeredVoters\n    }\n    form {\n      id\n      code\n      name\n      version {\n        number\n        questions {\n          ...ReviewQuestionFields\n        }\n      }\n    }\n    reportCount\n    conflictCount\n    fields {\n      question\n      value\n      choices\n      source {\n        memberId\n        observerCode\n      }\n      conflict\n      overridden\n      overrideReason\n      values {\n        observer {\n          memberId\n          observerCode\n        }\n        reportId\n        value\n        choices\n      }\n    }\n  }\n"): typeof import('./graphql').StationResultFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationResult($missionId: ID!, $locationId: ID!, $formId: ID!) {\n    stationResult(locationId: $locationId, formId: $formId) {\n      ...StationResultFields\n    }\n    missionReports(missionId: $missionId, locationId: $locationId, formId: $formId, first: 100) {\n      nodes {\n        ...ReviewReportRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').StationResultDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OverrideStationValue(\n    $locationId: ID!\n    $formId: ID!\n    $question: String!\n    $value: String\n    $choices: [Int!]\n    $reason: String!\n  ) {\n    overrideStationValue(\n      locationId: $locationId\n      formId: $formId\n      question: $question\n      value: $value\n      choices: $choices\n      reason: $reason\n    ) {\n      result {\n        ...StationResultFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').OverrideStationValueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewReport($id: ID!) {\n    report(id: $id) {\n      ...ReviewReportRowFields\n      missionId\n      formVersion\n      form {\n        id\n        code\n        name\n        version {\n          number\n          questions {\n            ...ReviewQuestionFields\n          }\n        }\n      }\n      flags {\n        code\n        question\n        message\n      }\n      answers {\n        question\n        value\n        choices\n      }\n      versions {\n        number\n        formVersion\n        submittedAt\n        channel\n        answers {\n          question\n          value\n          choices\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyReport($id: ID!) {\n    verifyReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').VerifyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarantineReport($id: ID!, $reason: String!) {\n    quarantineReport(id: $id, reason: $reason) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').QuarantineReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseReport($id: ID!) {\n    releaseReport(id: $id) {\n      report {\n        id\n        status\n        quarantineReason\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ReleaseReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentRowFields on Incident {\n    id\n    category\n    severity\n    status\n    description\n    location {\n      ...ReviewLocationFields\n    }\n    occurredAt\n    reportedAt\n    reporter {\n      memberId\n      observerCode\n    }\n    assignee {\n      id\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').IncidentRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentFields on Incident {\n    ...IncidentRowFields\n    missionId\n    notes {\n      id\n      text\n      at\n      authorName\n    }\n    history {\n      at\n      action\n      fromStatus\n      toStatus\n    }\n  }\n"): typeof import('./graphql').IncidentFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MissionIncidents(\n    $missionId: ID!\n    $status: IncidentStatus\n    $severity: IncidentSeverity\n    $first: Int!\n    $after: String\n  ) {\n    missionIncidents(missionId: $missionId, status: $status, severity: $severity, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...IncidentRowFields\n      }\n    }\n  }\n"): typeof import('./graphql').MissionIncidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewIncident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentFields\n    }\n  }\n"): typeof import('./graphql').ReviewIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewMissionMembers($missionId: ID!) {\n    missionMembers(missionId: $missionId) {\n      id\n      personId\n      role\n      name\n    }\n  }\n"): typeof import('./graphql').ReviewMissionMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentLocationSearch($missionId: ID!, $search: String!) {\n    missionLocations(missionId: $missionId, search: $search, first: 10) {\n      nodes {\n        ...ReviewLocationFields\n        isStation\n      }\n    }\n  }\n"): typeof import('./graphql').IncidentLocationSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIncident($input: ReportIncidentInput!) {\n    reportIncident(input: $input) {\n      incident {\n        ...IncidentRowFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').LogIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeIncident($id: ID!) {\n    acknowledgeIncident(id: $id) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AcknowledgeIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignIncident($id: ID!, $memberId: ID) {\n    assignIncident(id: $id, memberId: $memberId) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AssignIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIncidentNote($id: ID!, $text: String!) {\n    addIncidentNote(id: $id, text: $text) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').AddIncidentNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveIncident($id: ID!, $note: String) {\n    resolveIncident(id: $id, note: $note) {\n      incident {\n        ...IncidentFields\n      }\n      errors {\n        field\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').ResolveIncidentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
