/** API discovery as ADL's algorithm walks windows: parents up to seven levels, then the opener's chain. */
import { describe, expect, it } from 'vitest';
import { PARENT_LIMIT, findScormApi, isScorm12Api, type WindowLike } from '../../../../src/lib/scorm/scormApi.ts';

const api = () => ({
  LMSInitialize: () => 'true',
  LMSFinish: () => 'true',
  LMSGetValue: () => '',
  LMSSetValue: () => 'true',
  LMSCommit: () => 'true',
  LMSGetLastError: () => '0',
  LMSGetErrorString: () => '',
  LMSGetDiagnostic: () => '',
});

interface TestWindow {
  API?: unknown;
  parent?: TestWindow | null;
  opener?: TestWindow | null;
}

/** A chain of `depth` frames below a top window holding `top`; returns the innermost. */
function frames(depth: number, top: TestWindow): TestWindow {
  top.parent = top; // a top window is its own parent
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('findScormApi', () => {
  it('finds the API on the window itself, and on the top of a chain of seven parents', () => {
    const own = api();
    expect(findScormApi({ API: own })).toBe(own);
    const top = api();
    expect(findScormApi(frames(PARENT_LIMIT, { API: top }))).toBe(top);
  });

  it('stops after seven parents, as the ADL sample does', () => {
    expect(PARENT_LIMIT).toBe(7);
    expect(findScormApi(frames(PARENT_LIMIT + 1, { API: api() }))).toBeUndefined();
  });

  it('then looks up from the opener (an LMS that launches packages in a pop-up)', () => {
    const lmsApi = api();
    const lms = frames(2, { API: lmsApi });
    const popup: TestWindow = { opener: lms };
    popup.parent = popup;
    expect(findScormApi(popup)).toBe(lmsApi);
  });

  it('prefers the frames to the opener', () => {
    const inFrames = api();
    const win = frames(1, { API: inFrames });
    win.opener = { API: api() };
    expect(findScormApi(win)).toBe(inFrames);
  });

  it('finds nothing outside an LMS, past a window of another origin, or in an `API` that is not one', () => {
    const alone: TestWindow = {};
    alone.parent = alone;
    expect(findScormApi(alone)).toBeUndefined();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
      get parent(): WindowLike {
        throw new DOMException('Blocked a frame with origin', 'SecurityError');
      },
    };
    expect(findScormApi({ parent: foreign })).toBeUndefined();
    expect(findScormApi({ API: { LMSInitialize: () => 'true' } })).toBeUndefined();
    expect(isScorm12Api(api())).toBe(true);
    expect(isScorm12Api(null)).toBe(false);
  });
});
