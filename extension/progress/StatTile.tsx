export function StatTile({ testId, label, value }: { testId: string; label: string; value: number }) {
  return (
    <div className="rounded-lg bg-indigo-50 p-2 text-center">
      <div data-testid={testId} className="text-xl font-bold text-indigo-800">
        {Math.round(value * 10) / 10}
      </div>
      <div className="text-[11px] text-gray-600">{label}</div>
    </div>
  );
}
