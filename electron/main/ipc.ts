/**
 * Registers one `ipcMain.handle` per Host request channel. Every call passes the
 * sender check (a main frame of podium://app in one of our windows) and its channel's
 * argument validator before the handler runs; a rejected call is logged and fails
 * in the page with the reason, and never reaches a handler.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { INVOKE_CHANNELS, INVOKE_KEYS, type InvokeArgs, type InvokeKey, type InvokeResult } from '../common/ipc.ts';
import { IpcRejection, validateRequest, type SenderFrame } from './ipc-validation.ts';

export type IpcHandlers = {
  readonly [K in InvokeKey]: (event: IpcMainInvokeEvent, ...args: InvokeArgs<K>) => Promise<InvokeResult<K>> | InvokeResult<K>;
};

function senderFrame(event: IpcMainInvokeEvent): SenderFrame | null {
  const frame = event.senderFrame;
  return frame ? { url: frame.url, isMainFrame: frame.parent === null } : null;
}

export function setupIpc(handlers: IpcHandlers, isOurWindow: (event: IpcMainInvokeEvent) => boolean): void {
  for (const key of INVOKE_KEYS) registerChannel(key, handlers[key], isOurWindow);
}

function registerChannel<K extends InvokeKey>(
  key: K,
  handler: IpcHandlers[K],
  isOurWindow: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(INVOKE_CHANNELS[key], async (event, ...raw: unknown[]) => {
    let args: InvokeArgs<K>;
    try {
      if (!isOurWindow(event)) throw new IpcRejection('IPC from a web contents that is not a Podium window refused');
      args = validateRequest(key, senderFrame(event), raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`podium: ${INVOKE_CHANNELS[key]} rejected: ${reason}`);
      throw new Error(`${INVOKE_CHANNELS[key]}: ${reason}`, { cause: error });
    }
    return (handler as (event: IpcMainInvokeEvent, ...args: InvokeArgs<K>) => unknown)(event, ...args);
  });
}
