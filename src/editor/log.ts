import * as vscode from 'vscode';
import { Disposable } from './disposable';

/** The `News Lens` log output channel (levels follow the user's log level) and its `newsLens.showLog` command. */
export class Log extends Disposable {
  readonly channel = this._register(vscode.window.createOutputChannel('News Lens', { log: true }));

  constructor() {
    super();
    this._register(vscode.commands.registerCommand('newsLens.showLog', () => this.channel.show(true)));
  }
}

export function registerLog(): Log {
  return new Log();
}
