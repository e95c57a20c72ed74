import { useCallback, useEffect, useState } from 'react'

/** Loads with {@code load} whenever {@code key} changes; {@code reload} asks again (after an action). */
export function useAsync<T>(load: () => Promise<T>, key: string) {
  const [data, setData] = useState<T>()
  const [error, setError] = useState<string>()
  const [loading, setLoading] = useState(true)
  const [tick, setTick] = useState(0)
  useEffect(() => {
    let live = true
    setLoading(true)
    load().then(
      (d) => live && (setData(d), setError(undefined), setLoading(false)),
      (e: Error) => live && (setError(e.message), setLoading(false)),
    )
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, tick])
  const reload = useCallback(() => setTick((t) => t + 1), [])
  return { data, error, loading, reload }
}
