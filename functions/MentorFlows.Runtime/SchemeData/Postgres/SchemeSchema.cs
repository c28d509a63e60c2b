namespace MentorFlows.Runtime.SchemeData.Postgres;

/// <summary>
/// The scheme data's tables (applied by <see cref="Database.PostgresMigrator"/>; add a migration, never edit one).
/// Ids that are listed in order (student, match, concern reference, School, receipt, timeline entry) are
/// <c>COLLATE "C"</c>, so PostgreSQL orders them as the in-memory stores do (ordinal). Times are <c>timestamptz</c>
/// (UTC, to the microsecond). Where personal data lives and what erasure does: docs/stores.md.
/// </summary>
internal static class SchemeSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        """
        CREATE TABLE {0}.participants (
            student_id text COLLATE "C" PRIMARY KEY,
            first_name text NOT NULL,
            last_name text NOT NULL,
            email text NOT NULL,
            role text NOT NULL,
            school text NOT NULL,
            course text NOT NULL,
            gender text,
            gender_preference text,
            date_of_birth date,
            mentor_capacity integer,
            training_completed boolean NOT NULL,
            contract_signed boolean NOT NULL,
            right_to_work_checked boolean NOT NULL,
            can_mentor_under_18 boolean NOT NULL,
            at_risk boolean NOT NULL,
            at_risk_consent boolean NOT NULL,
            conflicts text[] NOT NULL,
            status text NOT NULL,
            enrolled_at timestamptz NOT NULL,
            left_at timestamptz,
            first_matched_at timestamptz);

        CREATE TABLE {0}.departures (
            pseudonym text PRIMARY KEY);

        CREATE TABLE {0}.matches (
            match_id text COLLATE "C" PRIMARY KEY,
            mentee_id text COLLATE "C" NOT NULL,
            mentor_id text COLLATE "C" NOT NULL,
            school text NOT NULL,
            score integer NOT NULL,
            reasons text[] NOT NULL,
            matched_at timestamptz NOT NULL,
            batch_id text NOT NULL,
            status text NOT NULL,
            end_reason text,
            ended_at timestamptz);
        CREATE INDEX matches_by_mentee ON {0}.matches (mentee_id);
        CREATE INDEX matches_by_mentor ON {0}.matches (mentor_id);
        CREATE INDEX matches_by_batch ON {0}.matches (batch_id);
        CREATE INDEX current_matches_by_mentor ON {0}.matches (mentor_id, mentee_id) WHERE status <> 'Ended';

        CREATE TABLE {0}.excluded_pairs (
            mentee_id text COLLATE "C" NOT NULL,
            mentor_id text COLLATE "C" NOT NULL,
            PRIMARY KEY (mentee_id, mentor_id));
        CREATE INDEX excluded_pairs_by_mentor ON {0}.excluded_pairs (mentor_id);

        CREATE TABLE {0}.waiting (
            position integer PRIMARY KEY,
            mentee_id text COLLATE "C" NOT NULL,
            school text NOT NULL,
            reason text NOT NULL,
            explanation text NOT NULL,
            since timestamptz NOT NULL);
        CREATE INDEX waiting_by_mentee ON {0}.waiting (mentee_id);

        CREATE TABLE {0}.check_ins (
            match_id text COLLATE "C" NOT NULL,
            round integer NOT NULL,
            respondent text NOT NULL,
            met boolean NOT NULL,
            hours numeric,
            daily_contact boolean NOT NULL,
            answered_at timestamptz NOT NULL,
            PRIMARY KEY (match_id, round, respondent));

        CREATE TABLE {0}.concern_sequences (
            scheme_year integer PRIMARY KEY,
            last_sequence integer NOT NULL);

        CREATE TABLE {0}.concerns (
            reference text COLLATE "C" PRIMARY KEY,
            reporter_id text COLLATE "C",
            about_id text COLLATE "C",
            category text NOT NULL,
            immediate_risk boolean NOT NULL,
            text_key_id text,
            text_nonce bytea,
            text_sealed bytea,
            raised_at timestamptz NOT NULL,
            submission_id text,
            status text NOT NULL,
            outcome text,
            decided_at timestamptz,
            CONSTRAINT sealed_text_whole CHECK (
                (text_key_id IS NULL) = (text_sealed IS NULL) AND (text_nonce IS NULL) = (text_sealed IS NULL)));
        CREATE UNIQUE INDEX concerns_by_submission ON {0}.concerns (submission_id) WHERE submission_id IS NOT NULL;
        CREATE INDEX concerns_by_reporter ON {0}.concerns (reporter_id);
        CREATE INDEX concerns_by_subject ON {0}.concerns (about_id);

        CREATE TABLE {0}.sent_emails (
            email_id text COLLATE "C" PRIMARY KEY,
            kind text NOT NULL,
            sent_at timestamptz NOT NULL,
            message json,
            student_ids text[] NOT NULL);
        CREATE INDEX sent_email_copies_by_student ON {0}.sent_emails USING gin (student_ids) WHERE message IS NOT NULL;

        CREATE TABLE {0}.cohort_uploads (
            upload_id text COLLATE "C" PRIMARY KEY,
            file_name text NOT NULL,
            content_hash text NOT NULL,
            received_at timestamptz NOT NULL,
            status text NOT NULL,
            enrolled integer NOT NULL,
            updated integer NOT NULL,
            skipped_leavers integer NOT NULL,
            problems text[]);

        CREATE TABLE {0}.cohort_files (
            upload_id text PRIMARY KEY,
            content bytea NOT NULL);

        CREATE TABLE {0}.erasure_receipts (
            receipt_id text COLLATE "C" PRIMARY KEY,
            erased_at timestamptz NOT NULL,
            reason text NOT NULL,
            role text NOT NULL,
            school text NOT NULL,
            participant integer NOT NULL,
            matches integer NOT NULL,
            check_in_answers integer NOT NULL,
            concerns integer NOT NULL,
            email_copies integer NOT NULL,
            workflow_histories integer NOT NULL);

        CREATE TABLE {0}.school_statistics (
            school text COLLATE "C" PRIMARY KEY,
            mentees integer NOT NULL,
            mentors integer NOT NULL,
            matched_mentees integer NOT NULL,
            opted_out integer NOT NULL,
            resigned integer NOT NULL,
            removed integer NOT NULL,
            check_in_answers integer NOT NULL,
            meetings_reported integer NOT NULL);

        CREATE TABLE {0}.timeline (
            id text COLLATE "C" PRIMARY KEY,
            at timestamptz NOT NULL,
            kind text NOT NULL,
            subject text NOT NULL,
            details json);
        CREATE INDEX timeline_in_order ON {0}.timeline (at, id);

        CREATE TABLE {0}.sent_mail_ledger (
            email_id text PRIMARY KEY,
            attempt integer NOT NULL,
            lease_until timestamptz,
            unconfirmed boolean NOT NULL,
            provider_message_id text,
            accepted_at timestamptz);
        """,

        // 2: review and final feedback survey answers (partner '' when an answer names no pair); erasure receipts
        // count them.
        """
        CREATE TABLE {0}.survey_answers (
            student_id text COLLATE "C" NOT NULL,
            point text NOT NULL,
            partner_id text COLLATE "C" NOT NULL,
            role text NOT NULL,
            rating integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
            would_recommend boolean NOT NULL,
            comment text,
            answered_at timestamptz NOT NULL,
            PRIMARY KEY (student_id, point, partner_id));
        CREATE INDEX survey_answers_by_partner ON {0}.survey_answers (partner_id) WHERE partner_id <> '';

        ALTER TABLE {0}.erasure_receipts ADD COLUMN survey_answers integer NOT NULL DEFAULT 0;
        """,

        // 3: the run that ended a match (a corrected upload's id), so a retried end finds the matches it ended before.
        """
        ALTER TABLE {0}.matches ADD COLUMN ended_by text;
        CREATE INDEX matches_by_ending_run ON {0}.matches (ended_by) WHERE ended_by IS NOT NULL;
        """,

        // 4: survey comments sealed as concern text is (TextProtector): key id, nonce and ciphertext. The plain
        // comment column holds only answers saved before this migration, until PostgresSurveyStore.ResealAsync seals them.
        """
        ALTER TABLE {0}.survey_answers
            ADD COLUMN comment_key_id text,
            ADD COLUMN comment_nonce bytea,
            ADD COLUMN comment_sealed bytea,
            ADD CONSTRAINT sealed_comment_whole CHECK (
                (comment_key_id IS NULL) = (comment_sealed IS NULL) AND (comment_nonce IS NULL) = (comment_sealed IS NULL)),
            ADD CONSTRAINT comment_plain_or_sealed CHECK (comment IS NULL OR comment_sealed IS NULL);
        """,
    ];
}
