/**
 * Proofreading (校对): every word on every slide checked against the report. `proofreadDeck` gives
 * each slide's lines against their passages and the findings; `proofFindings` just the findings.
 */
export { proofFindings, proofreadDeck } from './check.ts';
export { fieldMessage, PROOF_KINDS } from './findings.ts';
export type { DeckProof, ProofField, ProofFinding, ProofKind, ProofLine, SlideProof } from './findings.ts';
export type { ProofPiece } from './locate.ts';
