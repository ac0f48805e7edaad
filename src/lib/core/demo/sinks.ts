/**
 * Row sinks for the kinds that other generators produce as a side effect: surveys (answered
 * after a ticket or a call) and messages (the conversation behind a ticket).
 *
 * Why: a survey's score depends on how its ticket or call went, and a conversation's messages
 * are the ticket's timeline, so they are written while that record is generated rather than
 * re-derived later. Each sink numbers its rows and writes every canonical column of its kind.
 */
import { TableBuilder } from '../columns/builder';
import type { ColumnTable } from '../columns/table';
import { fieldsWithout, sequentialIds, withColumns } from './ids';

export interface SurveyRow {
  readonly respondedAt: number;
  readonly score: number;
  readonly scaleMin: number;
  readonly scaleMax: number;
  readonly ticketId?: string;
  readonly callId?: string;
  readonly channel: string;
  readonly agent: string;
  readonly team: string;
  readonly comment?: string;
}

export class SurveySink {
  private readonly b = new TableBuilder('surveys', fieldsWithout('surveys', 'survey_id'), 8192);

  add(row: SurveyRow): void {
    const b = this.b;
    b.numeric('responded_at').push(row.respondedAt);
    b.numeric('score').push(row.score);
    b.numeric('scale_min').push(row.scaleMin);
    b.numeric('scale_max').push(row.scaleMax);
    b.text('ticket_id').push(row.ticketId);
    b.text('call_id').push(row.callId);
    b.text('channel').push(row.channel);
    b.text('agent').push(row.agent);
    b.text('team').push(row.team);
    b.text('comment').push(row.comment);
    b.endRow();
  }

  finish(): ColumnTable {
    return withColumns(this.b.finish(), { survey_id: sequentialIds('S-', 500001, this.b.length) });
  }
}

export class MessageSink {
  private readonly b = new TableBuilder('messages', fieldsWithout('messages', 'message_id'), 65536);

  add(conversationId: string, sentAt: number, inbound: boolean, channel: string, agent: string, team: string): void {
    const b = this.b;
    b.text('conversation_id').push(conversationId);
    b.numeric('sent_at').push(sentAt);
    b.text('direction').push(inbound ? 'in' : 'out');
    b.text('channel').push(channel);
    // The conversation's assignee on every message, so filtering by agent keeps whole conversations.
    b.text('agent').push(agent);
    b.text('team').push(team);
    b.endRow();
  }

  finish(): ColumnTable {
    return withColumns(this.b.finish(), { message_id: sequentialIds('M-', 1000001, this.b.length) });
  }
}
