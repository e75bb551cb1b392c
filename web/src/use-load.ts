import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload(): Promise<void>;
}

/**
 * Loads data for a component and reloads it on demand. An answer that arrives after a newer
 * request was started is dropped, so a slow old response never overwrites a fresh one.
 */
export function useLoad<T>(load: () => Promise<T>, dependencies: DependencyList): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const generation = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    try {
      const value = await load();
      if (mine !== generation.current) return;
      setData(value);
      setError(undefined);
    } catch (caught) {
      if (mine !== generation.current) return;
      setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      if (mine === generation.current) setLoading(false);
    }
    // biome-ignore lint/correctness/useExhaustiveDependencies: the caller lists what the loader depends on
  }, dependencies);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}
