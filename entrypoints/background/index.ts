import { type CrmDb, openCrm } from '@/lib/db/open';
import { createRouter } from '@/lib/messaging/router';
import { isRpcRequest } from '@/lib/messaging/verbs';
import { ownAddressesItem } from '@/lib/settings';
import { createHandlers } from './handlers';

export default defineBackground(() => {
  // The service worker may stop at any time; the connection is only a cache, reopened on demand.
  let connection: Promise<CrmDb> | undefined;
  const db = () => {
    connection ??= openCrm().catch((error: unknown) => {
      connection = undefined;
      throw error;
    });
    return connection;
  };

  const route = createRouter(createHandlers({ db, now: Date.now, ownAddresses: () => ownAddressesItem.getValue() }), {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (!isRpcRequest(message)) return false;
    route(message, sender).then(sendResponse);
    return true;
  });
});
