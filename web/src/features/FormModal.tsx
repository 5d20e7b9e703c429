// A dialog whose whole body is one antd Form: Enter in a field submits, the submit button carries
// data-testid="modal-submit", the request runs as a TanStack mutation, the server's message shows
// in an Alert and its field errors next to the fields.
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Form, type FormInstance, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useState } from 'react';
import { applyApiError, FormInvalid } from './forms.ts';

export interface FormModalProps<V extends object, R> {
  open: boolean;
  title: ReactNode;
  /** Text of the submit button. */
  okText: string;
  form: FormInstance<V>;
  /** Builds and sends the request; throw FormInvalid (see `checked`) to stop on a client-side error. */
  submit: (values: V) => Promise<R>;
  /** Called after a success, before the dialog closes (invalidate queries, select the new record…). */
  onSuccess?: (result: R, values: V) => void;
  successMessage: string | ((result: R) => string);
  onClose: () => void;
  initialValues?: Partial<V>;
  danger?: boolean;
  width?: number;
  children: ReactNode;
}

export function FormModal<V extends object, R>(props: FormModalProps<V, R>) {
  const {
    open,
    title,
    okText,
    form,
    submit,
    onSuccess,
    successMessage,
    onClose,
    initialValues,
    danger,
    width,
  } = props;
  const { message } = App.useApp();
  const [error, setError] = useState<string | null>(null);
  const mutation = useMutation<R, Error, V>({ mutationFn: submit });

  const onFinish = (values: V) => {
    setError(null);
    mutation.mutate(values, {
      onSuccess: (result) => {
        void message.success(typeof successMessage === 'function' ? successMessage(result) : successMessage);
        onSuccess?.(result, values);
        onClose();
      },
      onError: (err) => {
        if (err instanceof FormInvalid) return;
        setError(applyApiError(form, err));
      },
    });
  };

  const close = () => {
    if (mutation.isPending) return;
    setError(null);
    mutation.reset();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      destroyOnHidden
      width={width ?? 560}
      mask={{ closable: false }}
      modalRender={(dom) => (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={onFinish}
          onSubmitCapture={(e) => {
            // A DatePicker commits typed text only once its popup has closed, a moment after the
            // blur caused by pressing «submit»: submit after that, with the date the user sees.
            e.preventDefault();
            e.stopPropagation();
            window.setTimeout(() => form.submit(), 50);
          }}
          clearOnDestroy
          requiredMark={false}
          scrollToFirstError
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={close} disabled={mutation.isPending}>
          Hủy
        </Button>,
        <Button
          key="submit"
          type="primary"
          danger={danger}
          htmlType="submit"
          loading={mutation.isPending}
          data-testid="modal-submit"
        >
          {okText}
        </Button>,
      ]}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      {props.children}
    </Modal>
  );
}
