/**
 * The cases of formats.e2e: one small data file per recognised export format
 * (tests/e2e/fixtures/formats/), the kind and row count it must import as, the month its dates
 * sit in (no two files share one), and the KPI values worked out BY HAND from its rows, in the
 * JSON export's units (durations in seconds, rates 0–100). Each number's working is beside it.
 *
 * Why hand-worked numbers here rather than computed: these files are ours and tiny; the point is
 * that the tool's value conventions (minutes, milliseconds, H:MM:SS, Good/Bad, survey words,
 * dispositions, queue_log events, scales) are read as the tool means them, which a re-computation
 * in the test would have to re-implement.
 */

/**
 * `expect`: KPI id → [value, tolerance]. `rows`: the accepted "N new" counts. `cardSays`: KPI id →
 * words its card on the scorecard must show.
 * @typedef {{ format: string, file: string, kind: string, rows: number[], month: string,
 *   expect: Record<string, [number, number]>, cardSays?: Record<string, string>, also?: string }} FormatCase
 * @type {{ name: string, cases: FormatCase[] }[]}
 */
export const FORMAT_GROUPS = [
  {
    name: 'helpdesk tickets I',
    cases: [
      {
        format: 'Zendesk legacy CSV export',
        file: 'zendesk-legacy.csv',
        kind: 'Tickets',
        rows: [6],
        month: '2024-01',
        expect: {
          ticket_volume: [6, 0],
          // First reply time in minutes 30, 60, 90, 120, (blank), 45 → 345 / 5 = 69 min = 4,140 s.
          first_response_time: [4140, 1],
          // Satisfaction Score Good, Good, Bad, Offered, Not Offered, Good → rated 4, Good 3 → 75 %.
          csat: [75, 0.01],
          // 4 solved, created 09:00, solved 15:00 (Full resolution 360 min) → 21,600 s.
          resolution_time: [21600, 1]
        }
      },
      {
        format: 'Zendesk Explore',
        file: 'zendesk-explore.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-02',
        expect: {
          ticket_volume: [5, 0],
          // Full resolution time in minutes 60, 120, 180, 240 (one open) → 150 min = 9,000 s.
          resolution_time: [9000, 1],
          // 4 of 5 solved.
          resolution_rate: [80, 0.01],
          // First reply time 15 min on every ticket.
          first_response_time: [900, 1]
        }
      },
      {
        format: 'Freshdesk',
        file: 'freshdesk.csv',
        kind: 'Tickets',
        rows: [6],
        month: '2024-03',
        expect: {
          ticket_volume: [6, 0],
          // Initial response time − Created time: 10, 20, 30, 40, 50, 60 min → 35 min = 2,100 s.
          first_response_time: [2100, 1],
          // Survey results Awesome, Awesome, Just Okay, Not Good (+2 blank) → 5, 5, 3, 1 → 2 of 4 = 50 %.
          csat: [50, 0.01],
          // 3 of 6 resolved.
          resolution_rate: [50, 0.01]
        }
      },
      {
        format: 'Freshservice',
        file: 'freshservice.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-04',
        expect: {
          ticket_volume: [5, 0],
          // 3 of 5 have a Resolved Time.
          resolution_rate: [60, 0.01],
          // Created 10:00 → Resolved 14:00 = 4 h = 14,400 s.
          resolution_time: [14400, 1],
          // Initial Response Time 11:00 → 1 h = 3,600 s.
          first_response_time: [3600, 1]
        }
      },
      {
        format: 'Help Scout (API field names)',
        file: 'helpscout.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-05',
        expect: {
          ticket_volume: [5, 0],
          // closedAt − createdAt = 2, 4, 6 h (2 active) → 4 h = 14,400 s.
          resolution_time: [14400, 1],
          resolution_rate: [60, 0.01]
        }
      },
      {
        format: 'Intercom conversations (API names, unix seconds)',
        file: 'intercom-conversations.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-06',
        expect: {
          ticket_volume: [5, 0],
          // first_admin_reply_at − created_at = 5, 10, 15, 20, 25 min → 15 min = 900 s.
          first_response_time: [900, 1],
          // conversation_rating 5, 4, 3, 5 (+1 blank) → 3 of 4 = 75 %.
          csat: [75, 0.01],
          // 3 closed, last_close_at = created + 7,200 s.
          resolution_time: [7200, 1]
        }
      }
    ]
  },
  {
    name: 'helpdesk tickets II and chat CSAT',
    cases: [
      {
        format: 'Intercom message export (prodsight)',
        file: 'intercom-prodsight.csv',
        kind: 'Messages',
        // 7 messages (comment / conversation_message rows: m1 m2 m3 m5 m7 m9 m10), and 2 tickets
        // folded from the conversations: the summary says each kind apart.
        rows: [7],
        also: 'Tickets: 2 new, 0 updated',
        month: '2024-07',
        expect: {
          // Inbound (user / lead) messages: m1, m3, m7, m10.
          messages_received: [4, 0],
          // Conversations c-71 and c-72.
          ticket_volume: [2, 0],
          // conversation_first_response_at − created_at = 10 and 30 min → 20 min = 1,200 s.
          first_response_time: [1200, 1]
        }
      },
      {
        format: 'HubSpot tickets',
        file: 'hubspot.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2024-08',
        expect: {
          ticket_volume: [4, 0],
          // First agent response date − Create date = 10, 20, 30, 40 min (= the ms column) → 1,500 s.
          first_response_time: [1500, 1],
          // 2 of 4 closed.
          resolution_rate: [50, 0.01],
          // Create 09:00 → Close 13:00 = 4 h.
          resolution_time: [14400, 1]
        }
      },
      {
        format: 'Chatwoot CSAT download (1–5)',
        file: 'chatwoot-csat.csv',
        kind: 'Surveys',
        rows: [6],
        month: '2024-09',
        expect: {
          // Rating 5, 4, 3, 2, 1, 5 → 4–5: 3 of 6 = 50 %.
          csat: [50, 0.01],
          // Mean of (r − 1) / 4: (4 + 3 + 2 + 1 + 0 + 4) / 6 / 4 = 14 / 24 = 58.333 %.
          satisfaction_index: [58.3333, 0.01]
        }
      },
      {
        format: 'Zammad',
        file: 'zammad.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2024-10',
        expect: {
          ticket_volume: [4, 0],
          // First Response At − Created At = 15, 30, 45, 60 min → 37.5 min = 2,250 s.
          first_response_time: [2250, 1],
          // 2 of 4 have Closed At.
          resolution_rate: [50, 0.01]
        }
      },
      {
        format: 'osTicket (semicolon-delimited)',
        file: 'osticket-semicolon.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-11',
        expect: {
          ticket_volume: [5, 0],
          // 2 of 5 have a Closed Date.
          resolution_rate: [40, 0.01],
          // 09:00 → 12:00 = 3 h = 10,800 s.
          resolution_time: [10800, 1]
        }
      },
      {
        format: 'Trengo (synonyms, day-first dates)',
        file: 'trengo.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2024-12',
        expect: {
          ticket_volume: [5, 0],
          // 3 of 5 closed; 10:00 → 12:00 = 2 h = 7,200 s. 'Closed at' holds days 09–11 only (alone
          // it could be month-first); 'Created at' (days 09–13) shows the file writes day-first.
          resolution_rate: [60, 0.01],
          resolution_time: [7200, 1]
        }
      }
    ]
  },
  {
    name: 'IT service desks and more helpdesks',
    cases: [
      {
        format: 'ServiceNow incidents (field names, display values)',
        file: 'servicenow-incidents.csv',
        kind: 'Tickets',
        rows: [6],
        month: '2025-09',
        expect: {
          ticket_volume: [6, 0],
          // 4 of 6 have a resolved_at (Closed, Resolved, Closed, Resolved).
          resolution_rate: [66.6667, 0.01],
          // opened_at → resolved_at: 2 h, 4 h, 6 h, 1 h → 13 / 4 h = 3.25 h = 11,700 s.
          resolution_time: [11700, 1],
          // made_sla true, true, false, false, true, true → 4 of 6, from the file's flag (no policy).
          sla_compliance: [66.6667, 0.01],
          // contact_type Phone ×3, Email, Self-service, Chat → phone 3 of 6.
          channel_mix: [50, 0.01]
        }
      },
      {
        format: 'ServiceNow incidents (Excel labels, saved as CSV)',
        file: 'servicenow-incidents-labels.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2026-08',
        expect: {
          ticket_volume: [4, 0],
          // Made SLA true, false, true, true → 75 %.
          sla_compliance: [75, 0.01],
          // Resolved on 3 of 4: 1 h, 8 h, 3 h → 4 h = 14,400 s.
          resolution_rate: [75, 0.01],
          resolution_time: [14400, 1],
          // Channel Walk-in (other), Email ×2, Virtual Agent (chat) → email 50 %.
          channel_mix: [50, 0.01]
        },
        cardSays: { sla_compliance: "From the file's SLA flag" }
      },
      {
        format: 'ServiceNow incident event log (UCI form: 36 columns, ?, day-first)',
        file: 'servicenow-incident-event-log.csv',
        kind: 'Tickets',
        // 12 event rows fold into 3 incidents (the last row of each number).
        rows: [3],
        month: '2025-10',
        expect: {
          ticket_volume: [3, 0],
          // Last rows: made_sla true (INC…45), false (INC…47), true (INC…50) → 2 of 3.
          sla_compliance: [66.6667, 0.01],
          // INC…45 and INC…47 resolved, INC…50 active.
          resolution_rate: [66.6667, 0.01],
          // 1/10 08:00 → 11:00 = 3 h; 2/10 09:00 → 3/10 15:00 = 30 h → 16.5 h = 59,400 s.
          resolution_time: [59400, 1],
          // contact_type Phone, Email, Phone → phone 2 of 3.
          channel_mix: [66.6667, 0.01]
        },
        cardSays: { sla_compliance: "From the file's SLA flag" }
      },
      {
        format: 'Jira Service Management CSV export',
        file: 'jira-service-management.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2025-11',
        expect: {
          ticket_volume: [5, 0],
          // Resolved on 3 of 5.
          resolution_rate: [60, 0.01],
          // Created 9:00 AM → Resolved 11:00 AM, 1:00 PM, 3:00 PM = 2, 4, 6 h → 4 h = 14,400 s.
          resolution_time: [14400, 1],
          // Custom field (Satisfaction) 5, 4, 2 → 4–5: 2 of 3.
          csat: [66.6667, 0.01]
        }
      },
      {
        format: 'Zoho Desk (API field names)',
        file: 'zoho-desk.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2025-12',
        expect: {
          ticket_volume: [5, 0],
          // closedTime on 4 of 5.
          resolution_rate: [80, 0.01],
          // 3 h, 6 h, 9 h, 1 h → 4.75 h = 17,100 s.
          resolution_time: [17100, 1],
          // dueDate vs closedTime: 101 ✓ (12:00 ≤ 17:00), 102 ✗ (15:00 > 11:00), 103 ✓, 104 open past
          // its due date ✗, 105 ✓ → 3 of 5. (responseDueDate is left empty: Zoho gives no first
          // response time to judge it by.)
          sla_compliance: [60, 0.01],
          // threadCount on the 4 resolved: 2, 4, 3, 1 → 2.5.
          interactions_per_ticket: [2.5, 0.001]
        }
      },
      {
        format: 'Gorgias tickets (API properties)',
        file: 'gorgias-tickets.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2026-01',
        expect: {
          ticket_volume: [4, 0],
          resolution_rate: [75, 0.01],
          // created → closed: 60, 30, 150 min → 80 min = 4,800 s.
          resolution_time: [4800, 1],
          // channel email ×3, chat → 75 %.
          channel_mix: [75, 0.01]
        }
      },
      {
        format: 'Front analytics export (messages)',
        file: 'front-analytics.csv',
        kind: 'Messages',
        rows: [7],
        month: '2026-03',
        expect: {
          // Inbound: msg_1, msg_3, msg_5, msg_7.
          messages_received: [4, 0],
          // Inbound → next outbound: 20, 30, 10 min (msg_7 unanswered) → 20 min = 1,200 s.
          avg_response_time: [1200, 1],
          // Replies after the first one: cnv_1's second (30 min) → 1,800 s.
          reply_wait_time: [1800, 1]
        }
      },
      {
        format: 'Kustomer conversations (API attributes)',
        file: 'kustomer-conversations.csv',
        kind: 'Tickets',
        rows: [5],
        month: '2026-04',
        expect: {
          ticket_volume: [5, 0],
          // first_response__sent_at − created_at: 15, 5, 60, 45 min → 31.25 min = 1,875 s.
          first_response_time: [1875, 1],
          // satisfaction_level__rating 5, 4, 2 → 2 of 3.
          csat: [66.6667, 0.01],
          // last_done__created_at on k1–k3: 2 h, 0.5 h, 6 h → 8.5 / 3 h = 10,200 s.
          resolution_rate: [60, 0.01],
          resolution_time: [10200, 1],
          // sla__breached false, false, true, true (file's flag) and k5 without one: the policy,
          // unanswered for days while the file goes on → missed. 2 of 5.
          sla_compliance: [40, 0.01]
        },
        cardSays: { sla_compliance: "From the file's SLA flag (4), your SLA policy (1)" }
      },
      {
        format: 'Freshservice (API attribute names)',
        file: 'freshservice-api.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2026-05',
        expect: {
          ticket_volume: [4, 0],
          // fr_escalated / is_escalated: #1 ✓, #2 first response escalated ✗, #3 escalated ✗ (its
          // due_by would say met: the file's verdict wins), #4 ✓ → 2 of 4.
          sla_compliance: [50, 0.01],
          // stats.first_responded_at − created_at: 30, 120, 10, 20 min → 45 min = 2,700 s.
          first_response_time: [2700, 1],
          resolution_rate: [75, 0.01],
          // source 1 (email) ×2, 3 (phone), 2 (portal) → email 50 %.
          channel_mix: [50, 0.01]
        }
      },
      {
        format: 'Zammad (attribute names)',
        file: 'zammad-api.csv',
        kind: 'Tickets',
        rows: [3],
        month: '2026-07',
        expect: {
          ticket_volume: [3, 0],
          // first_response_at − created_at: 20, 90, 40 min → 50 min = 3,000 s.
          first_response_time: [3000, 1],
          // Diff signs: #1 both ≥ 0 ✓; #2 both negative ✗; #3 first response +80 ✓, not closed
          // (no close diff) → judged on its first response ✓ → 2 of 3.
          sla_compliance: [66.6667, 0.01],
          resolution_rate: [66.6667, 0.01]
        },
        cardSays: { sla_compliance: "From the file's SLA flag" }
      },
      {
        format: 'osTicket 1.10 export',
        file: 'osticket-1.10.csv',
        kind: 'Tickets',
        rows: [4],
        month: '2026-06',
        expect: {
          ticket_volume: [4, 0],
          // Closed and Resolved by status (the 1.10 export has no close date).
          resolution_rate: [50, 0.01]
        }
      }
    ]
  },
  {
    name: 'call records',
    cases: [
      {
        format: 'Asterisk CDR (Master.csv, no header)',
        file: 'asterisk-cdr-Master.csv',
        kind: 'Calls',
        rows: [6],
        month: '2025-01',
        expect: {
          // Dispositions ANSWERED ×4, NO ANSWER, BUSY → 2 of 6 abandoned = 33.333 %.
          abandonment_rate: [33.3333, 0.01],
          // answer − start = 10, 20, 30, 40 s → 25 s.
          avg_speed_of_answer: [25, 0.01],
          // end − answer (= billsec) 180, 120, 300, 240 → 210 s.
          avg_talk_time: [210, 0.01]
        }
      },
      {
        format: 'Asterisk queue_log',
        file: 'asterisk-queue_log',
        kind: 'Calls',
        rows: [5],
        month: '2025-02',
        expect: {
          // 5 ENTERQUEUE, 2 ABANDON → 40 %.
          abandonment_rate: [40, 0.01],
          // CONNECT holdtime 10, 20, 30 → 20 s.
          avg_speed_of_answer: [20, 0.01],
          // COMPLETE* talk time 100, 200, 300 → 200 s.
          avg_talk_time: [200, 0.01],
          // Longest wait, answered or abandoned: 45 s (the first ABANDON).
          max_queue_wait: [45, 0.01]
        }
      },
      {
        format: 'Twilio call logs',
        file: 'twilio.csv',
        kind: 'Calls',
        rows: [6],
        month: '2025-03',
        expect: {
          // Status completed ×4, no-answer, busy → 2 of 6 = 33.333 %.
          abandonment_rate: [33.3333, 0.01]
        }
      },
      {
        format: 'Genesys-style interactions',
        file: 'genesys.csv',
        kind: 'Calls',
        rows: [5],
        month: '2025-04',
        expect: {
          // Abandoned YES on 1 of 5.
          abandonment_rate: [20, 0.01],
          // Total Queue 0:00:10 … 0:00:40 on the 4 answered → 25 s.
          avg_speed_of_answer: [25, 0.01],
          // Total Talk 0:05:00 on the 4 answered → 300 s.
          avg_talk_time: [300, 0.01]
        }
      }
    ]
  },
  {
    name: 'survey scales',
    cases: [
      {
        format: 'survey export on 1–5',
        file: 'surveys-1-5.csv',
        kind: 'Surveys',
        rows: [5],
        month: '2025-05',
        expect: {
          // Rating 5, 4, 4, 3, 1 → 4–5: 3 of 5 = 60 %.
          csat: [60, 0.01],
          // (4 + 3 + 3 + 2 + 0) / 5 / 4 = 60 %.
          satisfaction_index: [60, 0.01]
        }
      },
      {
        format: 'survey export on 1–10',
        file: 'surveys-1-10.csv',
        kind: 'Surveys',
        rows: [6],
        month: '2025-06',
        expect: {
          // Score (1-10) 10, 9, 8, 7, 3, 1 → 9–10: 2 of 6 = 33.333 %.
          csat: [33.3333, 0.01],
          // (9 + 8 + 7 + 6 + 2 + 0) / 6 / 9 = 32 / 54 = 59.259 %.
          satisfaction_index: [59.2593, 0.01]
        }
      },
      {
        format: 'survey export on 0–10',
        file: 'surveys-0-10.csv',
        kind: 'Surveys',
        rows: [7],
        month: '2025-07',
        expect: {
          // Score 0, 10, 9, 5, 8, 10, 6 (a 0 and values above 5 → 0–10) → 9–10: 3 of 7 = 42.857 %.
          csat: [42.8571, 0.01],
          // 48 / 7 / 10 = 68.571 %.
          satisfaction_index: [68.5714, 0.01]
        }
      },
      {
        format: 'Gorgias satisfaction surveys',
        file: 'gorgias-satisfaction-surveys.csv',
        kind: 'Surveys',
        rows: [5],
        // In this group: a survey file elsewhere would take CSAT from the ticket files' ratings.
        month: '2026-02',
        expect: {
          // score 5, 4, 3, 5, 1 → 4–5: 3 of 5.
          csat: [60, 0.01],
          // (4 + 3 + 2 + 4 + 0) / 5 / 4 = 65 %.
          satisfaction_index: [65, 0.01]
        }
      },
      {
        format: 'survey export with thumbs',
        file: 'surveys-thumbs.csv',
        kind: 'Surveys',
        rows: [4],
        month: '2025-08',
        expect: {
          // thumbs up ×3, thumbs down ×1 → 75 %.
          csat: [75, 0.01],
          satisfaction_index: [75, 0.01]
        }
      }
    ]
  }
];
