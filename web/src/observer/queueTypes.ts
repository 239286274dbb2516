import type { PayloadError } from '../components/FormErrors';
import type { ReportIncidentInput, SubmitReportInput } from '../gql/graphql';

/**
 * waiting: not yet answered by the server (never sent, or the network failed);
 * needs-fixing: the server refused it with field errors and stored nothing; the observer
 * reopens it, corrects, and sends it again.
 */
export type QueueState = 'waiting' | 'needs-fixing';

interface QueueBase {
  /** The idempotency key: the server answers the same report however often it arrives. */
  key: string;
  owner: string;
  missionId: string;
  createdAt: string;
  state: QueueState;
  errors: PayloadError[];
  attempts: number;
}

export type QueueItem =
  | (QueueBase & { kind: 'report'; input: SubmitReportInput & { formId: string; locationId: string } })
  | (QueueBase & { kind: 'incident'; input: ReportIncidentInput });
