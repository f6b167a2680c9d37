/**
 * What `track`, `people` and `report` share: read every issue the paths name
 * (figures included) into its digest, with every diagnostic the run reports.
 * Diagnostics reach stderr as for `parse`; the digests stay in memory, small
 * as they are, because these commands look at the whole archive at once.
 */
import type { IssueDigest } from '../archive/digest.js'
import type { Diagnostic } from '../io/diagnostics.js'
import type { MainParams } from '../main.js'
import { forEachIssue, type IssueOptions, type Tally } from './issues.js'

/** The archive as read: its digests in path order, the diagnostics, and the tally for the exit code. */
export interface Archive {
  readonly tally: Tally | null
  readonly digests: IssueDigest[]
  readonly diagnostics: Diagnostic[]
}

/** Read the archive the paths name. */
export async function readArchive(command: string, paths: readonly string[], options: IssueOptions, io: MainParams): Promise<Archive> {
  const digests: IssueDigest[] = []
  const diagnostics: Diagnostic[] = []
  const tally = await forEachIssue(
    command,
    paths,
    options,
    io,
    { stats: { headline: false }, render: null, export: null, digest: true },
    (result) => {
      if (result.digest) digests.push(result.digest)
    },
    undefined,
    (d) => diagnostics.push(d),
  )
  return { tally, digests, diagnostics }
}
