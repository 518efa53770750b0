// A screen's buttons, shown before the scene that will run them exists. A press that needs the stage is
// held and carried out once, by the scene, when it adopts the screen; further presses before then are not
// queued behind it, since the first already leaves this screen.
import { t } from '../i18n/intl.ts';

/**
 * Actions that call the adopter's once there is one; before that the first call is held (and said, so a
 * player knows it was heard) and later ones dropped. `direct` ones need no stage and run at once.
 */
export function relay<A extends object>(
  direct: Partial<A>,
  say: (text: string) => void,
): { actions: A; adopt(target: A): void } {
  let target: A | null = null;
  let held: ((to: A) => void) | null = null;
  const call = (name: string | symbol, args: unknown[]) => (to: A) =>
    (Reflect.get(to, name) as (...a: unknown[]) => unknown).apply(to, args);
  const actions = new Proxy(direct, {
    get: (own, name) =>
      Reflect.get(own, name) ??
      ((...args: unknown[]) => {
        if (target) call(name, args)(target);
        else if (!held) {
          held = call(name, args);
          say(t('app.settingTheStage'));
        }
      }),
  }) as A;
  return {
    actions,
    adopt(to) {
      target = to;
      const run = held;
      held = null;
      run?.(to);
    },
  };
}
