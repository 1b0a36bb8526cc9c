/** The web shell. The signing flow arrives in step 4. */
export function App() {
  return (
    <main>
      <h1>European Citizens' Initiative</h1>
      <p>Signature collector</p>
    </main>
  );
}
