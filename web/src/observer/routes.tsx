import { Route } from 'react-router-dom';
import { AssignmentsPage } from './AssignmentsPage';
import { IncidentPage } from './IncidentPage';
import { MyMissionsPage } from './MyMissionsPage';
import { ObserverLayout } from './ObserverLayout';
import { ReportFormPage } from './ReportFormPage';

/** /observe/* — outside the organizer shell: a phone frame that keeps working offline. */
export const observerRoutes = (
  <Route path="/observe" element={<ObserverLayout />}>
    <Route index element={<MyMissionsPage />} />
    <Route path=":missionId" element={<AssignmentsPage />} />
    <Route path=":missionId/report/:locationId/:formId" element={<ReportFormPage />} />
    <Route path=":missionId/incident" element={<IncidentPage />} />
  </Route>
);
