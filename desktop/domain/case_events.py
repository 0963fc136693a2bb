"""The timeline steps the application records itself (reference data event types with
`system: true`), and the case fields of a closure proposal: one place for the services
that write them and the demo's bulk writer that writes the same rows."""

from __future__ import annotations

FAMILY_CONTACT = "kontak_keluarga"
# services/handling.py: the officer, urgency, closure proposals
ASSIGNED, FLAGGED, UNFLAGGED = "petugas_ditetapkan", "ditandai_mendesak", "tanda_mendesak_dicabut"
PROPOSED, APPROVED, RETURNED = "usulan_penutupan", "usulan_disetujui", "usulan_dikembalikan"
# services/referrals.py. "rujukan" stays the step a person records by hand (to a hospital,
# say); a referral record's own step is the application's.
REFERRAL_SENT, REFERRAL_ANSWERED, REFERRAL_WITHDRAWN = (
    "rujukan_dikirim", "jawaban_rujukan", "rujukan_ditarik")
SUMMONED, SUMMONS_OUTCOME = "panggilan_pptkis", "hasil_panggilan"
# The fields of a closure proposal, cleared once it is settled.
PROPOSAL_FIELDS = ("proposed_status", "proposed_outcome", "proposed_duplicate_of",
                   "proposal_summary", "proposed_by", "proposed_at")
# services/links.py: the complainant came back about an existing case (instead of a new
# intake), and a link made between two cases.
REPEAT_VISIT, LINKED = "kunjungan_ulang", "kasus_ditautkan"
# services/inquiries.py: the complaint was made from an information request.
FROM_INQUIRY = "dari_permintaan_informasi"
