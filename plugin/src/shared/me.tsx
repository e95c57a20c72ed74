import React, { createContext, useContext, useEffect, useState } from 'react'
import { Alert, Spinner } from '@patternfly/react-core'
import { api } from '../api/client'
import type { Me } from '../api/types'

export type MeWithApis = Me & { apis: string[] }

const MeContext = createContext<MeWithApis | null>(null)

/** Who is logged in (name, admin or viewer, parties, builder's zone), asked once; everything below reads it. */
export const MeProvider: React.FunctionComponent<{ children: React.ReactNode }> = ({ children }) => {
  const [me, setMe] = useState<MeWithApis | null>(null)
  const [error, setError] = useState<string>()
  useEffect(() => {
    api.me().then(setMe, (e: Error) => setError(e.message))
  }, [])
  if (error) return <Alert variant='danger' isInline title={`The monitor did not answer: ${error}`} />
  if (!me) return <Spinner aria-label='Loading' />
  return <MeContext.Provider value={me}>{children}</MeContext.Provider>
}

export function useMe(): MeWithApis {
  const me = useContext(MeContext)
  if (!me) throw new Error('useMe outside MeProvider')
  return me
}

/** True when the API offers this call, e.g. "POST /files/{id}/resubmit" (another release may not have it). */
export function offers(me: MeWithApis, call: string): boolean {
  return me.apis.includes(call)
}
