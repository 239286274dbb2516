import { Outlet, Route, Routes } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { RequireAuth } from './auth/RequireAuth';
import { ShellLayout } from './components/ShellLayout';
import { AccountPage } from './pages/AccountPage';
import { AccountsAdminPage } from './pages/AccountsAdminPage';
import { DevMailboxPage } from './pages/DevMailboxPage';
import { DevSmsPage } from './pages/DevSmsPage';
import { EventPage } from './pages/EventPage';
import { EventsPage } from './pages/EventsPage';
import { FeedsPage } from './pages/FeedsPage';
import { HomePage } from './pages/HomePage';
import { InvitationPage } from './pages/InvitationPage';
import { EventInvitationsPage } from './pages/EventInvitationsPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { observerRoutes } from './observer/routes';
import { OrganizationsPage } from './pages/OrganizationsPage';
import { PeoplePage } from './pages/PeoplePage';
import { ApiTokensPage } from './people/ApiTokensPage';
import { OrganizationPage } from './people/OrganizationPage';
import { PeopleDirectoryPage } from './people/PeopleDirectoryPage';
import { PersonPage } from './people/PersonPage';
import { RequestsPage } from './people/RequestsPage';
import { EventEditorPage, NewEventPage } from './pages/EventEditorPage';
import { ForgotPasswordPage } from './pages/ForgotPasswordPage';
import { JoinPage } from './pages/JoinPage';
import { RegistrationsPage } from './pages/RegistrationsPage';
import { ResetPasswordPage } from './pages/ResetPasswordPage';
import { SignInCodePage } from './pages/SignInCodePage';
import { SignInPage } from './pages/SignInPage';
import { TwoFactorPage } from './pages/TwoFactorPage';
import { DeploymentsPage } from './missions/DeploymentsPage';
import { FormViewerPage } from './missions/FormViewerPage';
import { MissionFormsPage } from './missions/MissionFormsPage';
import { MissionImportPage } from './missions/MissionImportPage';
import { MissionPage } from './missions/MissionPage';
import { MissionsPage } from './missions/MissionsPage';
import { NewMissionPage } from './missions/NewMissionPage';
import { ObserversPage } from './missions/ObserversPage';
import { IncidentPage } from './review/IncidentPage';
import { IncidentsPage } from './review/IncidentsPage';
import { ReportPage } from './review/ReportPage';
import { ResultsPage } from './review/ResultsPage';
import { StationResultPage } from './review/StationResultPage';

/** Routes and auth; the caller supplies the router (browser in the app, memory in tests). */
export function App() {
  return (
    <AuthProvider>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        {/* Getting in (issue 8): public, outside the shell, no external links (tokens in URLs). */}
        <Route path="/sign-in/code" element={<SignInCodePage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password/:token" element={<ResetPasswordPage />} />
        <Route path="/join/:token" element={<JoinPage />} />
        {/* An event invitation link (issue 11): public, so a guest sees the event before signing in. */}
        <Route path="/invitations/:token" element={<InvitationPage />} />
        {/* The observer's phone pages (issue 10): their own frame, usable offline. */}
        {observerRoutes}
        <Route element={<ShellLayout />}>
          {/* Public: the front door, and public, published events for anonymous visitors. */}
          <Route index element={<HomePage />} />
          <Route path="/events" element={<EventsPage />} />
          <Route path="/events/:id" element={<EventPage />} />
          {/* Public too: the server answers null unless this is the embedded default on this machine. */}
          <Route path="/dev/mailbox" element={<DevMailboxPage />} />
          <Route path="/dev/sms" element={<DevSmsPage />} />
          <Route
            element={
              <RequireAuth>
                <Outlet />
              </RequireAuth>
            }
          >
            <Route path="/organizations" element={<OrganizationsPage />} />
            <Route path="/organizations/:id/people" element={<PeoplePage />} />
            {/* People and organizations (issue 11, item 2). */}
            <Route path="/organizations/:id" element={<OrganizationPage />} />
            <Route path="/organizations/:id/tokens" element={<ApiTokensPage />} />
            <Route path="/people" element={<PeopleDirectoryPage />} />
            <Route path="/people/:id" element={<PersonPage />} />
            <Route path="/requests" element={<RequestsPage />} />
            <Route path="/admin/accounts" element={<AccountsAdminPage />} />
            <Route path="/events/new" element={<NewEventPage />} />
            <Route path="/events/:id/edit" element={<EventEditorPage />} />
            <Route path="/events/:id/registrations" element={<RegistrationsPage />} />
            <Route path="/events/:id/invitations" element={<EventInvitationsPage />} />
            <Route path="/account" element={<AccountPage />} />
            <Route path="/account/two-factor" element={<TwoFactorPage />} />
            {/* Private calendar feeds (issue 9); the .ics files themselves are served by the server under /feeds/…. */}
            <Route path="/feeds" element={<FeedsPage />} />
            {/* Election-observation missions (issue 10), organizer side. */}
            <Route path="/missions" element={<MissionsPage />} />
            <Route path="/missions/new" element={<NewMissionPage />} />
            <Route path="/missions/:id" element={<MissionPage />} />
            <Route path="/missions/:id/import" element={<MissionImportPage />} />
            <Route path="/missions/:id/observers" element={<ObserversPage />} />
            <Route path="/missions/:id/deployments" element={<DeploymentsPage />} />
            <Route path="/missions/:id/forms" element={<MissionFormsPage />} />
            <Route path="/missions/:id/forms/:formId" element={<FormViewerPage />} />
            {/* Review and the incident desk (issue 10, coordinator side). */}
            <Route path="/missions/:id/results" element={<ResultsPage />} />
            <Route path="/missions/:id/results/:locationId/:formId" element={<StationResultPage />} />
            <Route path="/missions/:id/reports/:reportId" element={<ReportPage />} />
            <Route path="/missions/:id/incidents" element={<IncidentsPage />} />
            <Route path="/missions/:id/incidents/:incidentId" element={<IncidentPage />} />
          </Route>
          {/* Outside RequireAuth: an unknown address is a page of its own for visitors too. */}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </AuthProvider>
  );
}
