import { describe, expect, it } from 'vitest';
import { DURATION_INPUTS, FIELDS, type RecordKind } from '../schema/fields';
import { FORMATS } from './formats';
import { guessMapping } from './guess';
import { column, fieldsByHeader, fixtureRows } from './test-helpers';

interface Case {
  file: string;
  format: string | null;
  kind: string;
  expect: Record<string, string | null>;
}

function fieldNamesOf(kind: RecordKind): string[] {
  return FIELDS[kind].map((f) => f.name);
}

const CASES: Case[] = [
  {
    file: 'zendesk-legacy.csv',
    format: 'zendesk',
    kind: 'tickets',
    expect: {
      Id: 'ticket_id',
      'Requester id': 'customer_id',
      Assignee: 'agent',
      Group: 'team',
      Tags: 'tags',
      Status: 'status',
      Priority: 'priority',
      Via: 'channel',
      'Ticket type': 'category',
      'Created at': 'created_at',
      'Due date': 'due_at',
      'Solved at': 'resolved_at',
      'Satisfaction Score': 'csat',
      Reopens: 'reopened',
      Replies: 'replies',
      'First reply time in minutes': 'first_response_minutes',
      'First reply time in minutes within business hours': null,
      // resolved_at comes from the 'Solved at' timestamp; the durations stay visible with a note.
      'Full resolution time in minutes': null,
      'Resolution time': null,
      Subject: null
    }
  },
  {
    file: 'zendesk-explore.csv',
    format: 'zendesk-explore',
    kind: 'tickets',
    expect: {
      ID: 'ticket_id',
      Assignee: 'agent',
      Group: 'team',
      Via: 'channel',
      'Created at': 'created_at',
      'Solved at': 'resolved_at',
      'Satisfaction Score': 'csat',
      Reopens: 'reopened',
      Replies: 'replies',
      'First reply time in minutes': 'first_response_minutes',
      'Full resolution time in minutes': null
    }
  },
  {
    file: 'freshdesk.csv',
    format: 'freshdesk',
    kind: 'tickets',
    expect: {
      'Ticket ID': 'ticket_id',
      Status: 'status',
      Priority: 'priority',
      Source: 'channel',
      Type: 'category',
      Agent: 'agent',
      Group: 'team',
      'Created time': 'created_at',
      'Due by Time': 'due_at',
      'Resolved time': 'resolved_at',
      'Closed time': 'closed_at',
      'Initial response time': 'first_response_at',
      'Agent interactions': 'replies',
      'Customer interactions': null,
      'Resolution status': 'resolution_sla_met',
      'First response status': 'first_response_sla_met',
      Tags: 'tags',
      'Survey results': 'csat',
      'Contact ID': 'customer_id',
      'First response time (in hrs)': null
    }
  },
  {
    file: 'freshservice.csv',
    format: 'freshservice',
    kind: 'tickets',
    expect: {
      'Ticket Id': 'ticket_id',
      'Requester Email': 'customer_id',
      'Created Time': 'created_at',
      'Resolved Time': 'resolved_at',
      'Initial Response Time': 'first_response_at',
      Category: 'category',
      'Resolution Status': 'resolution_sla_met',
      'Survey Result': 'csat',
      Type: null
    }
  },
  {
    file: 'helpscout.csv',
    format: 'helpscout',
    kind: 'tickets',
    expect: {
      number: 'ticket_id',
      type: 'channel',
      status: 'status',
      assignee: 'agent',
      'primaryCustomer.email': 'customer_id',
      createdAt: 'created_at',
      closedAt: 'resolved_at',
      tags: 'tags'
    }
  },
  {
    file: 'intercom-prodsight.csv',
    format: 'intercom-prodsight',
    kind: 'messages',
    expect: {
      message_id: 'message_id',
      message_created_at: 'sent_at',
      message_author_type: 'direction',
      conversation_id: 'conversation_id',
      message_author_name: 'agent',
      conversation_created_at: null,
      message_type: null
    }
  },
  {
    file: 'intercom-conversations.csv',
    format: 'intercom',
    kind: 'tickets',
    expect: {
      id: 'ticket_id',
      created_at: 'created_at',
      first_admin_reply_at: 'first_response_at',
      last_close_at: 'resolved_at',
      state: 'status',
      admin_assignee_id: 'agent',
      team_assignee_id: 'team',
      count_reopens: 'reopened',
      conversation_rating: 'csat',
      time_to_admin_reply: null
    }
  },
  {
    file: 'hubspot.csv',
    format: 'hubspot',
    kind: 'tickets',
    expect: {
      'Ticket ID': 'ticket_id',
      'Ticket status': 'status',
      'Create date': 'created_at',
      'Close date': 'resolved_at',
      Priority: 'priority',
      'Ticket owner': 'agent',
      Source: 'channel',
      Category: 'category',
      'First agent response date': 'first_response_at',
      'Time to Close SLA Due Date': 'due_at',
      'Time to First Response SLA Status': 'first_response_sla_met',
      'Ticket Tags': 'tags'
    }
  },
  {
    file: 'chatwoot-csat.csv',
    format: 'chatwoot-csat',
    kind: 'surveys',
    expect: {
      'Agent Name': 'agent',
      Rating: 'score',
      'Feedback Comment': 'comment',
      'Link to the conversation': 'survey_id',
      'Recorded date': 'responded_at'
    }
  },
  {
    file: 'zammad.csv',
    format: 'zammad',
    kind: 'tickets',
    expect: {
      '#': 'ticket_id',
      State: 'status',
      Priority: 'priority',
      Group: 'team',
      Owner: 'agent',
      Customer: 'customer_id',
      'Create Channel': 'channel',
      Tags: 'tags',
      'Created At': 'created_at',
      'Closed At': 'resolved_at',
      'Close Escalation At': 'due_at',
      'First Response At': 'first_response_at',
      'First Response Escalation At': 'first_response_due_at',
      'Close Diff In Min': 'resolution_sla_met',
      'First Response Diff In Min': 'first_response_sla_met',
      'Article Count': 'messages',
      'Close In Min': null,
      'First Response In Min': null
    }
  },
  {
    file: 'osticket-semicolon.csv',
    format: 'osticket',
    kind: 'tickets',
    expect: {
      'Ticket Number': 'ticket_id',
      'Date Created': 'created_at',
      'From Email': 'customer_id',
      Priority: 'priority',
      Department: 'team',
      'Help Topic': 'category',
      Source: 'channel',
      'Current Status': 'status',
      'SLA Due Date': 'due_at',
      'Closed Date': 'resolved_at',
      'Agent Assigned': 'agent',
      'Thread Count': 'messages',
      'Reopen Count': 'reopened',
      'Due Date': null
    }
  },
  {
    file: 'servicenow-incident.csv',
    format: 'servicenow-incident',
    kind: 'tickets',
    expect: {
      number: 'ticket_id',
      caller_id: 'customer_id',
      contact_type: 'channel',
      state: 'status',
      priority: 'priority',
      assignment_group: 'team',
      assigned_to: 'agent',
      opened_at: 'created_at',
      resolved_at: 'resolved_at',
      closed_at: 'closed_at',
      made_sla: 'resolution_sla_met',
      reopen_count: 'reopened',
      reassignment_count: 'reassignments',
      sys_updated_on: null,
      short_description: null
    }
  },
  {
    file: 'servicenow-incident-labels.csv',
    format: 'servicenow-incident-labels',
    kind: 'tickets',
    expect: {
      Number: 'ticket_id',
      Opened: 'created_at',
      State: 'status',
      Channel: 'channel',
      'Assignment group': 'team',
      'Assigned to': 'agent',
      Resolved: 'resolved_at',
      'Made SLA': 'resolution_sla_met',
      'Reopen count': 'reopened',
      'Reassignment count': 'reassignments',
      Updated: null
    }
  },
  {
    file: 'servicenow-event-log.csv',
    format: 'servicenow-incident',
    kind: 'tickets',
    expect: {
      number: 'ticket_id',
      incident_state: 'status',
      made_sla: 'resolution_sla_met',
      contact_type: 'channel',
      opened_at: 'created_at',
      sys_created_at: null,
      sys_updated_at: null,
      impact: null,
      urgency: null,
      priority: 'priority',
      closed_code: null
    }
  },
  {
    file: 'jira-service-management.csv',
    format: 'jira-service-management',
    kind: 'tickets',
    expect: {
      'Issue key': 'ticket_id',
      'Issue Type': 'category',
      Status: 'status',
      Priority: 'priority',
      Assignee: 'agent',
      Reporter: 'customer_id',
      Created: 'created_at',
      Resolved: 'resolved_at',
      'Due date': 'due_at',
      Labels: 'tags',
      'Custom field (Satisfaction)': 'csat',
      'Custom field (Time to resolution)': null,
      'Status Category': null
    }
  },
  {
    file: 'zoho-desk.csv',
    format: 'zoho-desk',
    kind: 'tickets',
    expect: {
      ticketNumber: 'ticket_id',
      email: 'customer_id',
      channel: 'channel',
      department: 'team',
      assignee: 'agent',
      createdTime: 'created_at',
      closedTime: 'closed_at+resolved_at',
      dueDate: 'due_at',
      responseDueDate: 'first_response_due_at',
      threadCount: 'messages',
      modifiedTime: null
    }
  },
  {
    file: 'gorgias-tickets.csv',
    format: 'gorgias',
    kind: 'tickets',
    expect: {
      id: 'ticket_id',
      channel: 'channel',
      customer__email: 'customer_id',
      assignee_user__name: 'agent',
      assignee_team__name: 'team',
      created_datetime: 'created_at',
      closed_datetime: 'resolved_at',
      messages_count: 'messages',
      updated_datetime: null,
      via: null
    }
  },
  {
    file: 'gorgias-satisfaction.csv',
    format: 'gorgias-satisfaction',
    kind: 'surveys',
    expect: {
      id: 'survey_id',
      ticket_id: 'ticket_id',
      score: 'score',
      body_text: 'comment',
      scored_datetime: 'responded_at',
      created_datetime: null,
      customer_id: null
    }
  },
  {
    file: 'front-analytics.csv',
    format: 'front-analytics',
    kind: 'messages',
    expect: {
      'Message ID': 'message_id',
      'Conversation ID': 'conversation_id',
      Direction: 'direction',
      'Message date': 'sent_at',
      Author: 'agent',
      'Response time': null,
      Inbox: null
    }
  },
  {
    file: 'kustomer.csv',
    format: 'kustomer',
    kind: 'tickets',
    expect: {
      id: 'ticket_id',
      status: 'status',
      channels: 'channel',
      assigned_users: 'agent',
      assigned_teams: 'team',
      created_at: 'created_at',
      first_response__sent_at: 'first_response_at',
      last_done__created_at: 'resolved_at',
      reopen_count: 'reopened',
      message_count: 'messages',
      outbound_message_count: 'replies',
      satisfaction_level__rating: 'csat',
      sla__breached: 'resolution_sla_met',
      priority: null
    }
  },
  {
    file: 'freshservice-api.csv',
    format: 'freshservice-api',
    kind: 'tickets',
    expect: {
      id: 'ticket_id',
      status: 'status',
      source: 'channel',
      responder_id: 'agent',
      group_id: 'team',
      created_at: 'created_at',
      due_by: 'due_at',
      fr_due_by: 'first_response_due_at',
      fr_escalated: 'first_response_sla_met',
      is_escalated: 'resolution_sla_met',
      'stats.first_responded_at': 'first_response_at',
      'stats.resolved_at': 'resolved_at',
      urgency: null
    }
  },
  {
    file: 'osticket-1.10.csv',
    format: 'osticket-1.10',
    kind: 'tickets',
    expect: {
      'Ticket Number': 'ticket_id',
      'Date Created': 'created_at',
      'Current Status': 'status',
      'Due Date': 'due_at',
      'Agent Assigned': 'agent',
      'Thread Count': 'messages',
      Overdue: null
    }
  },
  {
    file: 'zammad-api.csv',
    format: 'zammad-api',
    kind: 'tickets',
    expect: {
      number: 'ticket_id',
      state: 'status',
      owner: 'agent',
      create_article_type: 'channel',
      created_at: 'created_at',
      close_at: 'resolved_at',
      close_diff_in_min: 'resolution_sla_met',
      first_response_diff_in_min: 'first_response_sla_met',
      first_response_escalation_at: 'first_response_due_at',
      article_count: 'messages',
      close_in_min: null,
      id: null
    }
  },
  {
    file: 'trengo.csv',
    format: null,
    kind: 'tickets',
    expect: {
      'Ticket ID': 'ticket_id',
      Status: 'status',
      Channel: 'channel',
      Contact: 'customer_id',
      'Assigned to': 'agent',
      Team: 'team',
      Labels: 'tags',
      'Created at': 'created_at',
      'Closed at': 'closed_at+resolved_at',
      Messages: 'messages',
      Subject: null
    }
  },
  {
    file: 'twilio.csv',
    format: 'twilio',
    kind: 'calls',
    expect: {
      Sid: 'call_id',
      From: 'customer_id',
      Status: 'abandoned',
      StartTime: 'queued_at',
      EndTime: 'ended_at',
      Direction: 'direction',
      Duration: null,
      Price: null
    }
  },
  {
    file: 'genesys.csv',
    format: 'genesys',
    kind: 'calls',
    expect: {
      'Conversation ID': 'call_id',
      Date: 'queued_at',
      Direction: 'direction',
      Queue: 'queue',
      Users: 'agent',
      ANI: 'customer_id',
      'Total Queue': 'wait_seconds',
      'Total Talk': 'talk_seconds',
      Abandoned: 'abandoned'
    }
  }
];

describe('known export formats (header-only fixtures)', () => {
  it.each(CASES)('$file → $format ($kind)', ({ file, format, kind, expect: fields }) => {
    const guess = guessMapping(fixtureRows(file));
    if (!guess.ok) throw new Error(guess.reason);
    const m = guess.mapping;
    expect(m.format).toBe(format);
    expect(m.kind).toBe(kind);
    expect(m.complete).toBe(true);
    expect(m.missingRequired).toEqual([]);
    expect(m.hasHeader).toBe(true);
    expect(m.headerRow).toBe(0);
    const got = fieldsByHeader(m);
    for (const [header, field] of Object.entries(fields)) expect([header, got[header]]).toEqual([header, field]);
  });

  it('keeps the reason a known column is not used', () => {
    const m = guessMapping(fixtureRows('zendesk-legacy.csv'));
    if (!m.ok) throw new Error(m.reason);
    expect(column(m.mapping, 'First reply time in minutes within business hours').note).toMatch(/business-hours/);
    expect(column(m.mapping, 'Full resolution time in minutes').note).toMatch(/resolved_at is read from 'Solved at'/);
  });

  it('reads Zendesk values by its conventions', () => {
    const g = guessMapping(fixtureRows('zendesk-legacy.csv'));
    if (!g.ok) throw new Error(g.reason);
    expect(column(g.mapping, 'Satisfaction Score').valueMap).toMatchObject({ good: '5', bad: '1', offered: '' });
    // Without the Solved at timestamp the durations fill resolved_at: full minutes beat hours.
    const rows = fixtureRows('zendesk-legacy.csv');
    const without = rows[0].map((h) => (h === 'Solved at' ? 'Custom text' : h));
    const g2 = guessMapping([without]);
    if (!g2.ok) throw new Error(g2.reason);
    expect(column(g2.mapping, 'Full resolution time in minutes').field).toBe('resolution_minutes');
    expect(column(g2.mapping, 'Resolution time').field).toBeNull();
  });

  it('falls back to the hours column with its unit when it is the only resolution column', () => {
    const g = guessMapping([
      ['Summation column', 'Id', 'Requester id', 'Requester domain', 'Group stations', 'Created at', 'Resolution time']
    ]);
    if (!g.ok) throw new Error(g.reason);
    const c = column(g.mapping, 'Resolution time');
    expect(c.field).toBe('resolution_hours');
    expect(c.unitSeconds).toBe(3600);
  });

  it('marks Freshdesk SLA words and business-hours durations', () => {
    const g = guessMapping(fixtureRows('freshdesk.csv'));
    if (!g.ok) throw new Error(g.reason);
    expect(column(g.mapping, 'Resolution status').valueMap).toMatchObject({ 'within sla': '1', 'sla violated': '0' });
    const noTimestamp = fixtureRows('freshdesk.csv')[0].filter((h) => h !== 'Initial response time');
    const g2 = guessMapping([noTimestamp]);
    if (!g2.ok) throw new Error(g2.reason);
    const frt = column(g2.mapping, 'First response time (in hrs)');
    expect(frt.field).toBe('first_response_hours');
    expect(frt.businessHours).toBe(true);
  });

  it("reads the service desks' own verdicts: made_sla, an inverted 'breached' / 'escalated'", () => {
    const sn = guessMapping(fixtureRows('servicenow-event-log.csv'));
    if (!sn.ok) throw new Error(sn.reason);
    expect([sn.mapping.complete, column(sn.mapping, 'made_sla').invert]).toEqual([true, undefined]);
    expect(column(sn.mapping, 'incident_state').valueMap).toMatchObject({ 'awaiting user info': 'pending' });
    expect(column(sn.mapping, 'contact_type').valueMap).toMatchObject({ 'self service': 'web' });
    const k = guessMapping(fixtureRows('kustomer.csv'));
    if (!k.ok) throw new Error(k.reason);
    expect(column(k.mapping, 'sla__breached').invert).toBe(true);
    const fs = guessMapping(fixtureRows('freshservice-api.csv'));
    if (!fs.ok) throw new Error(fs.reason);
    expect([column(fs.mapping, 'fr_escalated').invert, column(fs.mapping, 'is_escalated').invert]).toEqual([
      true,
      true
    ]);
  });

  it("an unknown file's verdict columns: SLA breached (inverted), Within SLA, reopen count, FCR, rating", () => {
    const g = guessMapping([
      [
        'Ticket ID',
        'Created at',
        'SLA breached',
        'First response SLA met',
        'Reopen count',
        'FCR',
        'Satisfaction rating',
        'Reassignment count'
      ],
      ['A-1', '2025-01-02 10:00', 'no', 'yes', '0', 'yes', '5', '1']
    ]);
    if (!g.ok) throw new Error(g.reason);
    expect(fieldsByHeader(g.mapping)).toMatchObject({
      'SLA breached': 'resolution_sla_met',
      'First response SLA met': 'first_response_sla_met',
      'Reopen count': 'reopened',
      FCR: 'first_contact_resolution',
      'Satisfaction rating': 'csat',
      'Reassignment count': 'reassignments'
    });
    expect(column(g.mapping, 'SLA breached').invert).toBe(true);
    expect(g.mapping.complete).toBe(true);
  });

  it('tells osTicket 1.10 (Due Date = SLA due) from 1.11+ (SLA Due Date, Closed Date)', () => {
    const old = guessMapping(fixtureRows('osticket-1.10.csv'));
    const cur = guessMapping(fixtureRows('osticket-semicolon.csv'));
    if (!old.ok || !cur.ok) throw new Error('not recognised');
    expect([old.mapping.format, cur.mapping.format]).toEqual(['osticket-1.10', 'osticket']);
  });

  it('reads Zammad SLA diffs by sign', () => {
    const g = guessMapping(fixtureRows('zammad.csv'));
    if (!g.ok) throw new Error(g.reason);
    expect(column(g.mapping, 'Close Diff In Min').fromSign).toBe(true);
  });

  it('maps Twilio statuses onto abandoned', () => {
    const g = guessMapping(fixtureRows('twilio.csv'));
    if (!g.ok) throw new Error(g.reason);
    const vm = column(g.mapping, 'Status').valueMap!;
    expect([vm['no-answer'], vm.busy, vm.canceled, vm.completed]).toEqual(['1', '1', '1', '0']);
  });

  it('finds the Chatwoot header after its reporting-period line', () => {
    const rows = [
      ['Reporting period 2024-01-01 to 2024-01-31'],
      [''],
      ...fixtureRows('chatwoot-csat.csv').slice(0, 1),
      ['Ann (ann@example.com)', '4', 'ok', 'Bo', 'bo@example.com', '', 'https://x/conversations/12', '2024-01-03 10:00']
    ];
    const g = guessMapping(rows);
    if (!g.ok) throw new Error(g.reason);
    expect(g.mapping.headerRow).toBe(2);
    expect(g.mapping.format).toBe('chatwoot-csat');
    expect(g.mapping.constants).toEqual({ scale_min: '1', scale_max: '5' });
  });

  it('refuses Chatwoot agent reports as aggregates', () => {
    const g = guessMapping([
      ['Reporting period 2024-01-01 to 2024-01-31'],
      [''],
      ['Agent name', 'Assigned conversations', 'Avg first response time', 'Avg resolution time'],
      ['Ann', '12', '34', '56']
    ]);
    expect(g.ok).toBe(false);
  });

  it('every format names its source, a kind and fields that exist', () => {
    const durations = new Set(DURATION_INPUTS.map((d) => d.name));
    for (const f of FORMATS) {
      expect(f.source.length, f.id).toBeGreaterThan(10);
      expect(f.minMatch, f.id).toBeLessThanOrEqual(f.signature.length);
      for (const spec of Object.values(f.columns).flat()) {
        if (spec.field === null) continue;
        const known = durations.has(spec.field) || fieldNamesOf(f.kind).includes(spec.field);
        expect(known, `${f.id}: ${spec.field}`).toBe(true);
      }
    }
  });
});

describe('format columns come first', () => {
  it('a custom column spelled like a canonical field does not take a field the format assigns', () => {
    const headers = ['agent', ...fixtureRows('zendesk-legacy.csv')[0].slice(0, 30)];
    const g = guessMapping([headers]);
    if (!g.ok) throw new Error(g.reason);
    expect(column(g.mapping, 'Assignee').field).toBe('agent');
    expect(column(g.mapping, 'agent').field).toBeNull();
  });
});
