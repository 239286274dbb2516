import { useEffect, useState } from 'react';
import { NavLink } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { adminNavQuery } from '../api/adminOperations';
import { useAuth } from '../auth/AuthContext';
import type { AdminNavQuery } from '../gql/graphql';

interface Links {
  accounts: boolean;
  devMailbox: boolean;
  devSms: boolean;
}

export function adminLinks(data: AdminNavQuery): Links {
  const roles = data.me?.roles ?? [];
  const networkAdmin = roles.some((r) => r.role === 'ADMIN' && r.organization.kind === 'NETWORK_SECRETARIAT');
  return {
    accounts: Boolean(data.me?.isSuperuser) || networkAdmin,
    // The dev outboxes answer null unless this is the embedded default on this machine.
    devMailbox: data.devMailbox !== null,
    devSms: data.devSmsOutbox !== null,
  };
}

/**
 * Navigation items for administration, shown only to those they serve: "Accounts"
 * (superusers and network admins; the API is the real gate) and the development
 * outboxes. People are in the main navigation for everyone (the /people directory
 * shows each person only what the API lets them see).
 */
export function AdminNavLinks() {
  const { viewer } = useAuth();
  const viewerId = viewer?.id ?? null;
  const [links, setLinks] = useState<Links | null>(null);

  useEffect(() => {
    let live = true;
    setLinks(null);
    if (!viewerId) return;
    gqlRequest(adminNavQuery)
      .then((data) => {
        if (live) setLinks(adminLinks(data));
      })
      .catch(() => {
        // The links are a convenience; the pages themselves still work by URL.
      });
    return () => {
      live = false;
    };
  }, [viewerId]);

  if (!links) return null;
  return (
    <>
      {links.accounts && (
        <li>
          <NavLink to="/admin/accounts">Accounts</NavLink>
        </li>
      )}
      {links.devMailbox && (
        <li>
          <NavLink to="/dev/mailbox">Dev mailbox</NavLink>
        </li>
      )}
      {links.devSms && (
        <li>
          <NavLink to="/dev/sms">Dev SMS</NavLink>
        </li>
      )}
    </>
  );
}
